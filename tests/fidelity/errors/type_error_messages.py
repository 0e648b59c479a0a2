# Common TypeError messages.
# %%
def attempt(fn):
    try:
        fn()
    except TypeError as e:
        print(e)

attempt(lambda: 1 + 'a')
attempt(lambda: 'a' + 1)
attempt(lambda: [1] + (2,))
attempt(lambda: len(5))
attempt(lambda: 5())
attempt(lambda: 'abc'[1.5])
attempt(lambda: sum(['a', 'b']))
attempt(lambda: int([1]))
attempt(lambda: {[]: 1})
attempt(lambda: 'x' * 'y')
attempt(lambda: None < 1)
attempt(lambda: iter(5))
attempt(lambda: 'abc'.count())
# %%
'a' - 1
