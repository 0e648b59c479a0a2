# raise ... from sets __cause__; raising inside except sets __context__; both print chained tracebacks.
# %%
try:
    try:
        {}['missing']
    except KeyError as e:
        raise ValueError('wrapped') from e
except ValueError as err:
    print(type(err.__cause__).__name__, err.__cause__, err.__suppress_context__)
# %%
def lookup():
    try:
        return {}['key']
    except KeyError as exc:
        raise RuntimeError('lookup failed') from exc

lookup()
# %%
try:
    1 / 0
except ZeroDivisionError:
    undefined_name
# %%
try:
    1 / 0
except ZeroDivisionError:
    raise ValueError('no context') from None
