a = 1; b = 2; c = 3
import os; import sys;
x = 1;
if a: b; c
del a; pass
