# printf-style % formatting and str.format.
# %%
print('%d %s %r %5.2f %-4d| %x %o %e %%' % (42, 'str', 'repr', 3.14159, 7, 255, 8, 12345.678))
print('%(a)s and %(b)d' % {'a': 'A', 'b': 2}, '%s' % [1, 2], '%c' % 65)
print('{} {} {}'.format(1, 'two', 3.0), '{1} {0}'.format('a', 'b'), '{x:>4}'.format(x=7), '{:.3}'.format(2 / 3))
print(format(3.5, '08.3f'), format(255, 'x'), format('s', '^5'), format(1234567, ','))
