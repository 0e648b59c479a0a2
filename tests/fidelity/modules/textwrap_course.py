# textwrap: fill/wrap/shorten/dedent/indent (its regular expressions run as Python functions)
import textwrap
s = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.fill(s, width=30))
print(textwrap.wrap(s, 25))
print(textwrap.shorten("Hello  world, this is a long sentence", width=20))
print(textwrap.dedent("""
    line one
      indented
    line three
"""))
print(textwrap.indent("a\nb\n\nc", "> "))
w = textwrap.TextWrapper(width=20, initial_indent="* ", subsequent_indent="  ")
print(w.fill(s))
print(textwrap.fill("supercalifragilisticexpialidocious word", 10))
print(textwrap.wrap("", 10), textwrap.fill("a\tb", 20, expand_tabs=True))
# %%
import textwrap
print(textwrap.TextWrapper(width=12).wrap("Hello there -- you goof-ball, use the -b option! state-of-the-art co-op"))
print(textwrap.TextWrapper(width=12, break_on_hyphens=False).wrap("Hello there -- you goof-ball, use the -b option!"))
print(textwrap.fill("One. Two!  three? 'four.' five", 14, fix_sentence_endings=True))
print(repr(textwrap.dedent("  a\n \t\n  b\n   c")), repr(textwrap.dedent("\ta\n\tb")), repr(textwrap.dedent("a\n  b")))
