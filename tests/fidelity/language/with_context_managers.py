# with calls __enter__/__exit__; __exit__ returning True suppresses the exception.
# %%
class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, kind, value, tb):
        print('exit', self.name, kind.__name__ if kind else None, value)
        return self.suppress

with Managed('a') as v:
    print('body', v)
with Managed('b', suppress=True):
    raise ValueError('hidden')
print('after suppressed')
with Managed('outer') as o, Managed('inner') as i:
    print(o, i)
# %%
with Managed('c'):
    raise KeyError('escapes')
print('not reached')
# %%
print('next cell runs')
