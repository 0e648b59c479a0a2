# finally blocks run while an exception propagates; exceptions inside generators show the generator frame.
# %%
def cleanup():
    try:
        print('working')
        raise RuntimeError('failed')
    finally:
        print('cleanup runs')
cleanup()
# %%
def gen():
    yield 1
    raise ValueError('inside generator')
for item in gen():
    print('item', item)
# %%
print('done')
