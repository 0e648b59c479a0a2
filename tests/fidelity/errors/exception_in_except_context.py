# An exception raised while handling another shows both, linked by "During handling ...".
# %%
def parse(text):
    try:
        return int(text)
    except ValueError:
        return fallback[text]

parse('x')
