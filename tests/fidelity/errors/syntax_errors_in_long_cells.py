# SyntaxErrors in longer cells: line numbers, carets, unicode, long lines.
# %%
def average(values):
    total = 0
    for v in values:
        total += v
    return total / len(values

print(average([1, 2]))
# %%
names = ["Zoë", "Łukasz", "日本"]
for n in names
    print(n)
# %%
message = "héllo wörld"; other = = 1
# %%
x = 1
y = 2
z = x +* y
# %%
very_long_variable_name_number_one = 1; very_long_variable_name_number_two = 2; result = very_long_variable_name_number_one very_long_variable_name_number_two
# %%
def f():
    return [
        1,
        2
        3,
    ]
# %%
d = {
    "a": 1,
    "b": 2
    "c": 3,
}
# %%
x = (
    1 +
)
# %%
	x = 1
# %%
if True:
    x = 1  # comment
   y = 2
# %%
s = '''
multi
line''' + "unterminated
# %%
print("ok")
