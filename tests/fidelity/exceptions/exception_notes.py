# add_note() and __notes__ (3.11: every exception has them).
e = ValueError("with notes")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as err:
    print(err)
print(e.__dict__)
# %%
try:
    raise KeyError("k")
except KeyError as err:
    err.add_note("added while handling")
    saved = err
print(saved.__notes__)
# %%
e = TypeError("printed with notes")
e.add_note("line one\nline two")
e.add_note("")
raise e
