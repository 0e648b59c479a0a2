# The order of try/except/else/finally clauses, returns in finally, re-raise.
# %%
def run(fail):
    try:
        print('try')
        if fail:
            raise ValueError(fail)
    except ValueError as e:
        print('except', e)
    else:
        print('else')
    finally:
        print('finally')

run(None)
run('oops')
# %%
def returns():
    try:
        return 'try'
    finally:
        print('finally before return')

print(returns())
def overrides():
    try:
        return 'try'
    finally:
        return 'finally'
print(overrides())
# %%
try:
    try:
        1 / 0
    except ZeroDivisionError:
        print('handling, then re-raising')
        raise
except ArithmeticError as e:
    print('outer caught', type(e).__name__, e)
try:
    int('x')
except (TypeError, ValueError) as e:
    print('tuple of types', type(e).__name__)
