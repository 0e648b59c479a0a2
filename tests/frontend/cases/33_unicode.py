café = "naïve"
π = 3.14159
名前 = "データ"
s = "emoji 🐍 and ✓"
t = "é" + 'ü' + "\u00e9" + "\N{BULLET}" + "\U0001F600" + "\x41"
print(café, π, 名前)
résumé = [ö for ö in "äöü"]
x = f"{café!r:>10} {π}"
