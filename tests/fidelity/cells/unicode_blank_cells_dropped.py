# Cells whose text is only Unicode whitespace (a no-break space pasted from a web page, an
# ideographic space) are dropped, as str.strip() empties them: the numbering skips them.
print("first")
# %%
 
# %%
　  

# %%
x = 1 +
# %%
print("cell 3 is this one")
# %%
  # not blank: a comment after the spaces
# %%
1 / 0
