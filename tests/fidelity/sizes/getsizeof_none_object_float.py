# Fixed-size objects: None, object(), float.
# %%
import sys
print(sys.getsizeof(None), sys.getsizeof(object()))
print(sys.getsizeof(0.0), sys.getsizeof(1e300), sys.getsizeof(float('inf')))
