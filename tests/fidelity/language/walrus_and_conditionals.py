# Assignment expressions, if/elif/else, pass.
# %%
data = [1, 5, 12, 7]
if (n := len(data)) > 3:
    print('long list', n)
print([y for x in data if (y := x * 2) > 10], y)
def grade(score):
    if score >= 90:
        return 'A'
    elif score >= 80:
        return 'B'
    else:
        pass
    return 'C'
print([grade(s) for s in (95, 85, 10)])
# %%
(z := 5)
