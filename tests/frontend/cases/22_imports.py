import sys
import os.path
import collections.abc as cabc
import gc, ctypes as ct, weakref
from os import path
from os.path import join as pjoin, exists
from collections import (OrderedDict,
                         defaultdict as dd,)
from math import *
from . import sibling
from .. import parent
from .module import name
from ...pkg.sub import thing as other
