x = f"{'\\n'.join(l)}"
