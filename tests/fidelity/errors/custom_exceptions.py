# User-defined exception classes, args, str, inheritance-based except and uncaught display.
# %%
class AppError(Exception):
    pass

class ConfigError(AppError):
    def __init__(self, key):
        super().__init__(f'bad config key {key!r}')
        self.key = key

try:
    raise ConfigError('port')
except AppError as e:
    print(type(e).__name__, e, e.key, e.args, isinstance(e, Exception))
# %%
raise ConfigError('host')
# %%
raise AppError
# %%
raise AppError('one', 2)
