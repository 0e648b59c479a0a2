# complex.__format__: str-like default, parentheses, the imaginary sign, padding/alignment and its errors
for s in ['', '.2f', '>20', '^20.1e', '+', ' ', '010', '0>10', '=10', 'g', 'n', '%', ',.2f', 'z.1f', '#']:
  for v in [3+4j, -1.5-2j, 1j, -0j, complex(-0.0, 1), complex(float('nan'), float('inf')), 1234567.5+0.5j]:
    try: print(repr(s), repr(v), repr(format(v, s)))
    except Exception as e: print(repr(s), repr(v), type(e).__name__, e)
# %%
z = 3 - 4j
print(f"{z}", f"{z:.1f}", f"{z:>12}", f"{z:*^14.2e}", f"{1j:g}", "{:,.1f}".format(12345.5 + 1j))
