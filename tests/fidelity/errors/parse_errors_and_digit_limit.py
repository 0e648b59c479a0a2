# int() / float() / complex() parse errors and ValueErrors.
# %%
int("abc")
# %%
int("1.5")
# %%
int("")
# %%
int("  ")
# %%
int("12a", 16)
print(int("12a", 16))
# %%
int("z", 36)
int("z", 35)
# %%
int("1", 1)
# %%
int("1", 37)
# %%
int(1.5, 10)
# %%
int(None)
# %%
int([1])
# %%
int("١٢")
print(int("١٢"))
# %%
int("1_000")
print(int("1_000"))
int("1__000")
# %%
int(b"x")
# %%
float("abc")
# %%
float("")
# %%
float("1,5")
# %%
float([])
# %%
float(None)
# %%
float(b"x")
# %%
complex("1+")
# %%
complex("a", 1)
# %%
complex(1, "a")
# %%
bool.__new__(int)
# %%
int("9" * 5000)
# %%
str(10 ** 5000)
# %%
import sys
sys.set_int_max_str_digits(100)
str(10 ** 150)
# %%
sys.set_int_max_str_digits(5)
# %%
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
sys.set_int_max_str_digits(4300)
# %%
10 ** 5000
# %%
x = 10 ** 100000
print(x.bit_length())
print(len(hex(x)))
print(x % 1000)
# %%
f"{10 ** 5000}"
# %%
"%d" % (10 ** 5000)
# %%
repr(10 ** 5000)
# %%
print(10 ** 5000)
# %%
print(sys.get_int_max_str_digits())
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
