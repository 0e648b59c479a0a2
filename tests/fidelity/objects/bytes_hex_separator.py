# bytes.hex / bytearray.hex / memoryview.hex(sep, bytes_per_sep): one _Py_strhex_with_sep for all three.
data = b'\xde\xad\xbe\xef\x01'
print(data.hex(), data.hex(' '), data.hex(':', 2), data.hex(':', -2), data.hex(b'-', 4), data.hex('|', 5), data.hex('.', 0))
print(bytearray(data).hex('-'), bytearray(data).hex(sep='_', bytes_per_sep=-3), memoryview(data).hex(' ', 2), b''.hex(':'))
# %%
for f in (lambda: data.hex(None), lambda: data.hex('::'), lambda: data.hex('\xe9'), lambda: data.hex(b'\xe9'), lambda: data.hex(3),
          lambda: data.hex(bytearray(b':')), lambda: data.hex(':', 1.0), lambda: data.hex(':', 2**40), lambda: bytearray(data).hex(x=1),
          lambda: memoryview(data).hex(':', 1, 2), lambda: data.hex([1])):
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
