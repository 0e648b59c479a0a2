# Import errors.
# %%
import numpy
# %%
import numpy as np
# %%
from . import sibling
# %%
from .sibling import x
# %%
import math.nothing
# %%
from nonexistent.sub import thing
# %%
import sys
sys.modules["fake"] = None
import fake
# %%
from sys import *
print("star import ok", "maxsize" in dir())
