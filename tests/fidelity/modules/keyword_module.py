# The keyword module (preloaded in CPython): hard and soft keyword lists and their membership tests.
import gc
gc.collect()
before = gc.get_count()
import keyword
print(gc.get_count()[0] - before[0])
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
print(keyword.iskeyword('for'), keyword.iskeyword('match'), keyword.iskeyword('print'))
print(keyword.issoftkeyword('match'), keyword.issoftkeyword('_'), keyword.issoftkeyword('if'))
print(sorted(keyword.__all__))
# %%
from keyword import iskeyword
names = ['class', 'klass', 'None', 'none', 'async', 'case']
print([n for n in names if iskeyword(n)])
print([n for n in names if n.isidentifier() and not iskeyword(n)])
