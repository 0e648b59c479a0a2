"abc" "def"
x = 1
