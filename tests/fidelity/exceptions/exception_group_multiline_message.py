# Inside an exception group's report, print_exception_message writes the "| " margin once: the
# message's own line breaks start at column 0. Notes are split into lines, each margined.
rows = ["1,2", "x,4"]
errors = []
for n, row in enumerate(rows, 1):
    try:
        [int(v) for v in row.split(",")]
    except ValueError as e:
        errors.append(ValueError(f"row {n} is bad:\n  {row!r}\n  {e}"))
raise ExceptionGroup("import failed\nsee rows below", errors)
# %%
inner = ExceptionGroup("inner\ngroup", [KeyError("a\nb"), TypeError("t1\nt2")])
e = ValueError("two\nlines")
e.add_note("note one\nnote two")
raise ExceptionGroup("outer", [inner, e])
# %%
raise ValueError("top level\nstill plain")
