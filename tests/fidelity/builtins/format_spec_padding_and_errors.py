# format specs: '0' padding with grouping (whole groups), inf/nan fill, '0' on str, validation order and messages.
print(format(1234.5, '010,.1f'), f"{1234:08,d}", format(1234, '09_'), format(-1234, '08,'), format(255, '#012_x'))
print(format(float('inf'), '010,'), format(float('-nan'), '08'), format(float('-inf'), '+09,.2f'), format(12.5, '010,%'))
print(format(1e22, '#'), format(-1e-5, '+#12'), format(-0.0, 'z'), format(-0.001, 'z.1f'), format(float('-inf'), 'z.1f'))
# %%
code = '42'
print(f"{code:05}|{code:0>5}|{code:0^6}|{'x':010}|{'abc':03}")
# %%
for spec_value in [(1, '.2s'), ('abc', ' '), ('abc', '+'), ('abc', 'z'), ('abc', '#'), ('abc', '=5'), (1j, '#010b'), (1j, '010'),
                   (1j, '=10'), (2**70, 'c'), (-1, 'c'), (65, '+c'), (1, 'z'), (1, ',,'), (1, '_,'), (1, ',_'), (1, ',x'),
                   (1.5, 'x'), (1, '\u20ac'), ('s', '\u20acx5'), (1.0, '.'), (1, '5.2d')]:
    try:
        print(repr(format(*spec_value)))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
