# %% [markdown]
# # A lesson
# Markdown cells print nothing but are counted when cells are numbered.
# %%
print('code cell')
# %% [markdown]
# More text.
# %%
raise ValueError('in the fourth cell')
# %%

# leading blank and comment lines count in the cell's line numbers
missing_name
