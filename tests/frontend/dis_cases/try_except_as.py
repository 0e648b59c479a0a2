try:
    risky()
except (ValueError, TypeError) as e:
    print(e)
except Exception:
    pass
else:
    ok()
