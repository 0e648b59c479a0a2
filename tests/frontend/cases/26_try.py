try:
    risky()
except ValueError:
    pass
try:
    risky()
except (TypeError, KeyError) as e:
    handle(e)
except Exception as exc:
    raise
except:
    pass
else:
    ok()
finally:
    cleanup()
try:
    pass
finally:
    pass
try:
    x = 1 / 0
except ZeroDivisionError as err:
    print(err)
