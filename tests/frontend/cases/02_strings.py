s1 = 'single' + "double"
s2 = '''triple
single''' + """triple
double"""
s3 = r'\n raw' + R"\d+" + b'bytes' + B"BYTES" + rb'\x00' + Rb"x" + bR'y' + BR"z" + br'w'
s4 = u'unicode' + U'upper'
s5 = 'implicit' ' concatenation' "across" '''kinds'''
s6 = ('parenthesized '
      'concatenation')
s7 = b'abc' b'def'
s8 = ''
s9 = b''
s10 = u'a' 'b'
s11 = 'it\'s' + "say \"hi\"" + 'tab\there' + 'quote " inside' + "apostrophe ' inside"
