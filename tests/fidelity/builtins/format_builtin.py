# format() with format specs for ints, floats and strings.
# %%
print(format(42), format(42, 'b'), format(42, '08b'), format(-42, '+'), format(3.14159, '.3'), format(3.14159, '.3f'))
print(format(1234567.891, ',.2f'), format(0.5, '.0%'), format(1e-7, 'e'), format(12, '>6'), format('ab', '<6') + '|')
print(format(True), format(None), format(255, '#o'), format(2 ** 70, ','), format(1.0, 'g'), format(123456789.0, 'g'))
