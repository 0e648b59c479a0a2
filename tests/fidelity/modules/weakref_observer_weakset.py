# Observer pattern: a subject keeps its observers in a WeakSet, so dropped observers stop listening.
# %%
import weakref

class Subject:
    def __init__(self):
        self._observers = weakref.WeakSet()
    def attach(self, observer):
        self._observers.add(observer)
    def notify(self, event):
        for observer in sorted(self._observers, key=lambda o: o.name):
            observer.update(event)

class Observer:
    def __init__(self, name):
        self.name = name
    def update(self, event):
        print(f'{self.name} got {event}')
# %%
subject = Subject()
first, second = Observer('first'), Observer('second')
subject.attach(first)
subject.attach(second)
subject.attach(first)
subject.notify('start')
print(len(subject._observers), first in subject._observers)
# %%
del first
subject.notify('again')
print(len(subject._observers))
# %%
second = None
subject.notify('nobody')
print(len(subject._observers), list(subject._observers))
