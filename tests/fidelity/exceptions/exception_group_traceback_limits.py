# The report shows at most 15 sub-exceptions per group and 10 levels of nesting.
raise ExceptionGroup("wide", [ValueError(i) for i in range(17)])
# %%
raise ExceptionGroup("exactly sixteen", [ValueError(i) for i in range(16)])
# %%
def nest(depth):
    if depth == 0:
        return ValueError("leaf")
    return ExceptionGroup(f"level {depth}", [nest(depth - 1), KeyError(depth)])

raise nest(12)
