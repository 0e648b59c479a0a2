# sys.int_info / float_info / hash_info: struct sequences (tuples of a named type with read-only
# field attributes, repr name(field=value, ...)), sized like tuples of their field count.
import sys
print(sys.int_info)
print(sys.float_info)
print(sys.hash_info)
print(sys.version_info[:2], sys.version_info.major, sys.version_info)
print(sys.int_info.bits_per_digit, sys.int_info.sizeof_digit, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(type(sys.int_info).__name__, len(sys.float_info), sys.float_info[0], isinstance(sys.int_info, tuple))
print(sys.getsizeof(sys.int_info), sys.getsizeof(sys.float_info), sys.getsizeof(sys.hash_info), sys.getsizeof(sys.version_info))
a, b, c, d = sys.int_info
print(a, b, c, d, sys.hash_info.modulus == 2**61 - 1, hash(float('inf')) == sys.hash_info.inf)
try:
    sys.int_info.bits_per_digit = 5
except AttributeError as e:
    print("AttributeError")
