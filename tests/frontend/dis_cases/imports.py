import os
import os.path
import os.path as p
from sys import argv, path
from . import sibling
from ..pkg import mod as m
