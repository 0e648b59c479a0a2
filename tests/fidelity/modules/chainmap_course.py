# chainmap course: course-style use (QA round 4)
from collections import ChainMap
defaults = {'color': 'red', 'user': 'guest'}
env = {'user': 'admin'}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm['color'], cm['user'], len(cm))
print(cm)
print(list(cm), dict(cm))
cm['color'] = 'blue'
print(cli, defaults)
# %%
child = cm.new_child({'x': 1})
print(child)
print(child.parents)
print(child.maps[0])
# %%
del cm['user']
# %%
print('user' in cm, cm.get('missing', 'dflt'))
cm2 = ChainMap()
print(cm2, bool(cm2))
