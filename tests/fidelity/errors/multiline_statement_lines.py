# Traceback line numbers for errors inside multi-line statements and after blank/comment lines.
# %%

# a comment line

values = [
    1,
    2,
    1 / 0,
]
# %%
total = (1 +
         2 +
         undefined_thing)
