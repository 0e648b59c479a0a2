// Refcounts of objects CPython 3.11's startup image references, when a cell starts: the interned
// static strings and the builtins and sys modules' functions, measured by
// tests/tools/measure_static_refcounts.py through the reference cells runner. Generated; do not edit.
#pragma once

#include <cstdint>

namespace hs::static_refcounts {

// The interned static strings (_Py_ID identifiers, the deep-frozen modules' strings), by text,
// created in this order. `// varies: name ...`: the runs disagreed on those entries of the line
// (the type attribute cache's references).
struct StrCount { const char* text; std::int64_t refcnt; };
inline constexpr StrCount kInternedStatics[] = {
    {".0", 1000000098}, {"ABC", 1000000002}, {"ABCMeta", 1000000005}, {"APPDATA", 999999999},
    {"ASCII", 1000000008}, {"AsyncGenerator", 1000000007}, {"AsyncIterable", 1000000008},
    {"AsyncIterator", 1000000008}, {"AttributeError", 1000000065}, {"Awaitable", 1000000009},
    {"B", 1000000000}, {"BOM", 1000000001}, {"BOM32_BE", 1000000001}, {"BOM32_LE", 1000000001},
    {"BOM64_BE", 1000000001}, {"BOM64_LE", 1000000001}, {"BOM_BE", 1000000001}, {"BOM_LE", 1000000001},
    {"BOM_UTF16", 1000000001}, {"BOM_UTF16_BE", 1000000001}, {"BOM_UTF16_LE", 1000000001},
    {"BOM_UTF32", 1000000001}, {"BOM_UTF32_BE", 1000000001}, {"BOM_UTF32_LE", 1000000001},
    {"BOM_UTF8", 1000000001}, {"BYTECODE_SUFFIXES", 1000000000}, {"BlockingIOError", 1000000004},
    {"BufferedIOBase", 1000000004},
    {"BufferedIncrementalDecoder", 1000000002}, // varies: "BufferedIncrementalDecoder"
    {"BufferedIncrementalEncoder", 1000000002}, {"BufferedRWPair", 1000000002},
    {"BufferedRandom", 1000000003}, {"BufferedReader", 1000000005},
    {"BufferedWriter", 1000000003}, {"BuiltinImporter", 1000000002}, // varies: "BufferedWriter"
    {"ByteString", 1000000007}, {"BytesIO", 1000000005}, {"BytesWarning", 1000000001}, {"C", 1000000000},
    {"Callable", 1000000017}, {"Codec", 1000000003}, {"CodecInfo", 1000000005},
    {"Collection", 1000000008}, {"Container", 1000000009}, {"Coroutine", 1000000009}, // varies: "Collection"
    {"DEBUG_BUILD", 1000000000}, {"DEBUG_BYTECODE_SUFFIXES", 1000000000}, {"DEFAULT_BUFFER_SIZE", 1000000006},
    {"DeprecationWarning", 1000000037}, {"ENABLE_USER_SITE", 1000000000},
    {"END_CENTRAL_DIR_SIZE", 1000000000}, {"EOFError", 1000000003}, {"EXTENSION_SUFFIXES", 1000000000},
    {"Ellipsis", 1000000008}, {"EllipsisType", 1000000002}, {"EncodedFile", 1000000003},
    {"Exception", 1000000015}, {"ExtensionFileLoader", 1000000002}, {"FILE_ATTRIBUTE_ARCHIVE", 1000000000},
    {"FILE_ATTRIBUTE_COMPRESSED", 1000000000}, {"FILE_ATTRIBUTE_DEVICE", 1000000000},
    {"FILE_ATTRIBUTE_DIRECTORY", 1000000000}, {"FILE_ATTRIBUTE_ENCRYPTED", 1000000000},
    {"FILE_ATTRIBUTE_HIDDEN", 1000000000}, {"FILE_ATTRIBUTE_INTEGRITY_STREAM", 1000000000},
    {"FILE_ATTRIBUTE_NORMAL", 1000000000}, {"FILE_ATTRIBUTE_NOT_CONTENT_INDEXED", 1000000000},
    {"FILE_ATTRIBUTE_NO_SCRUB_DATA", 1000000000}, {"FILE_ATTRIBUTE_OFFLINE", 1000000000},
    {"FILE_ATTRIBUTE_READONLY", 1000000000}, {"FILE_ATTRIBUTE_REPARSE_POINT", 1000000000},
    {"FILE_ATTRIBUTE_SPARSE_FILE", 1000000000}, {"FILE_ATTRIBUTE_SYSTEM", 1000000000},
    {"FILE_ATTRIBUTE_TEMPORARY", 1000000000}, {"FILE_ATTRIBUTE_VIRTUAL", 1000000000},
    {"FileExistsError", 1000000005}, {"FileFinder", 1000000002}, {"FileIO", 1000000003},
    {"FileLoader", 1000000002}, {"FileNotFoundError", 1000000013}, {"FileReader", 1000000005},
    {"FrozenImporter", 1000000002}, {"FunctionType", 1000000008},
    {"Generator", 1000000008}, {"GeneratorExit", 1000000001}, // varies: "Generator"
    {"GenericAlias", 1000000014}, {"HAVE_FACCESSAT", 999999999}, // varies: "GenericAlias"
    {"HAVE_FCHDIR", 999999999}, {"HAVE_FCHMOD", 999999999}, {"HAVE_FCHMODAT", 999999999},
    {"HAVE_FCHOWN", 999999999}, {"HAVE_FCHOWNAT", 999999999}, {"HAVE_FDOPENDIR", 999999999},
    {"HAVE_FEXECVE", 999999999}, {"HAVE_FPATHCONF", 999999999}, {"HAVE_FSTATAT", 999999999},
    {"HAVE_FSTATVFS", 999999999}, {"HAVE_FTRUNCATE", 999999999}, {"HAVE_FUTIMENS", 999999999},
    {"HAVE_FUTIMES", 999999999}, {"HAVE_FUTIMESAT", 999999999}, {"HAVE_LCHFLAGS", 999999999},
    {"HAVE_LCHMOD", 999999999}, {"HAVE_LCHOWN", 999999999}, {"HAVE_LINKAT", 999999999},
    {"HAVE_LSTAT", 999999999}, {"HAVE_LUTIMES", 999999999}, {"HAVE_MKDIRAT", 999999999},
    {"HAVE_MKFIFOAT", 999999999}, {"HAVE_MKNODAT", 999999999}, {"HAVE_OPENAT", 999999999},
    {"HAVE_READLINKAT", 999999999}, {"HAVE_RENAMEAT", 999999999}, {"HAVE_SYMLINKAT", 999999999},
    {"HAVE_UNLINKAT", 999999999}, {"HAVE_UTIMENSAT", 999999999}, {"HKEY_CURRENT_USER", 999999999},
    {"HKEY_LOCAL_MACHINE", 999999999}, {"HOME", 999999999}, {"HOMEDRIVE", 999999999}, {"HOMEPATH", 999999999},
    {"Hashable", 1000000009}, {"IOBase", 1000000003}, {"ImportError", 1000000010}, // varies: "Hashable"
    {"ImportWarning", 1000000001}, {"IncrementalDecoder", 1000000007}, {"IncrementalEncoder", 1000000007},
    {"IncrementalNewlineDecoder", 1000000003}, {"IndexError", 1000000012}, {"ItemsView", 1000000007},
    {"Iterable", 1000000013}, {"Iterator", 1000000014}, {"KeyError", 1000000037}, // varies: "Iterable"
    {"KeysView", 1000000007}, {"L", 1000000007}, {"LCMAP_LOWERCASE", 999999999}, // varies: "KeysView"
    {"LCMapStringEx", 999999999}, {"LICENSE", 999999999}, {"LOCALE_NAME_INVARIANT", 999999999},
    {"LazyLoader", 1000000002}, {"Lib", 999999999}, {"Library", 999999999}, {"Loader", 1000000005},
    {"LookupError", 1000000002}, {"MAGIC_NUMBER", 1000000002}, {"MASK", 999999999}, {"MAX", 999999999},
    {"MAXLINES", 1000000000}, {"MAX_COMMENT_LEN", 1000000000}, {"MS_WINDOWS", 999999999},
    {"Mapping", 1000000015}, {"MappingView", 1000000007}, // varies: "MappingView"
    {"MetadataPathFinder", 999999999}, {"ModuleNotFoundError", 1000000002}, {"ModuleSpec", 1000000002},
    {"ModuleType", 1000000003}, {"MutableMapping", 1000000008}, {"MutableSequence", 1000000007},
    {"MutableSet", 1000000008}, {"NamespaceLoader", 1000000002}, // varies: "MutableSet"
    {"NamespaceReader", 1000000005}, {"NotADirectoryError", 1000000003}, {"NotImplemented", 1000000043},
    {"NotImplementedError", 1000000021}, {"NullImporter", 999999999},
    {"OPTIMIZED_BYTECODE_SUFFIXES", 1000000000}, {"OSError", 1000000041}, {"O_CREAT", 1000000004},
    {"O_EXCL", 1000000003}, {"O_RDONLY", 1000000004}, {"O_WRONLY", 1000000003}, {"OpenKey", 999999999},
    {"OpenWrapper", 999999999}, {"PATH", 1000000000}, {"PIPE", 999999999}, {"PREFIXES", 1000000000},
    {"PYTHONCASEOK", 999999999}, {"PYTHONUSERBASE", 999999999}, {"P_NOWAIT", 1000000001},
    {"P_NOWAITO", 1000000001}, {"P_WAIT", 1000000001}, {"ParamSpec", 1000000006}, {"PathFinder", 1000000002},
    {"PathLike", 1000000007}, {"PermissionError", 1000000010}, {"Popen", 999999999}, // varies: "PathLike"
    {"Python", 999999999}, {"QueryValue", 999999999}, {"Quitter", 1000000003}, {"REGISTRY_KEY", 1000000000},
    {"REGISTRY_KEY_DEBUG", 1000000000}, {"RawIOBase", 1000000003}, {"Reader", 999999999},
    {"Reversible", 1000000009}, {"RuntimeError", 1000000028}, // varies: "Reversible"
    {"RuntimeWarning", 1000000002}, {"S", 1000000007}, {"SEEK_CUR", 1000000005}, {"SEEK_END", 1000000004},
    {"SEEK_SET", 1000000005}, {"SF_APPEND", 1000000001}, {"SF_ARCHIVED", 1000000001}, // varies: "SF_APPEND"
    {"SF_IMMUTABLE", 1000000002}, {"SF_NOUNLINK", 1000000002}, // varies: "SF_IMMUTABLE"
    {"SF_SNAPSHOT", 1000000001}, {"SOURCE_SUFFIXES", 1000000000}, {"STRING_END_ARCHIVE", 1000000000},
    {"ST_ATIME", 1000000001}, {"ST_CTIME", 1000000002}, {"ST_DEV", 1000000002}, // varies: "ST_ATIME"
    {"ST_GID", 1000000001}, {"ST_INO", 1000000001}, {"ST_MODE", 1000000002}, // varies: "ST_MODE"
    {"ST_MTIME", 1000000002}, {"ST_NLINK", 1000000002}, {"ST_SIZE", 1000000002}, {"ST_UID", 1000000001},
    {"S_ENFMT", 1000000001}, {"S_IEXEC", 1000000001}, {"S_IFBLK", 1000000002}, // varies: "S_IEXEC" "S_IFBLK"
    {"S_IFCHR", 1000000002}, {"S_IFDIR", 1000000002}, {"S_IFDOOR", 1000000001}, // varies: "S_IFDIR"
    {"S_IFIFO", 1000000002}, {"S_IFLNK", 1000000001}, {"S_IFMT", 1000000001}, {"S_IFPORT", 1000000002},
    {"S_IFREG", 1000000002}, {"S_IFSOCK", 1000000001}, {"S_IFWHT", 1000000002},
    {"S_IMODE", 1000000003}, {"S_IREAD", 1000000001}, {"S_IRGRP", 1000000001}, // varies: "S_IMODE"
    {"S_IROTH", 1000000002}, {"S_IRUSR", 1000000002}, {"S_IRWXG", 1000000002}, {"S_IRWXO", 1000000002},
    {"S_IRWXU", 1000000001}, {"S_ISBLK", 1000000004}, {"S_ISCHR", 1000000003}, // varies: "S_IRWXU"
    {"S_ISDIR", 1000000006}, {"S_ISDOOR", 1000000002}, {"S_ISFIFO", 1000000005}, {"S_ISGID", 1000000001},
    {"S_ISLNK", 1000000003}, {"S_ISPORT", 1000000002}, {"S_ISREG", 1000000004}, {"S_ISSOCK", 1000000004},
    {"S_ISUID", 1000000002}, {"S_ISVTX", 1000000002}, {"S_ISWHT", 1000000002}, // varies: "S_ISWHT"
    {"S_IWGRP", 1000000002}, {"S_IWOTH", 1000000001}, {"S_IWRITE", 1000000001}, // varies: "S_IWOTH"
    {"S_IWUSR", 1000000002}, {"S_IXGRP", 1000000001}, {"S_IXOTH", 1000000001}, // varies: "S_IXGRP"
    {"S_IXUSR", 1000000002}, {"Sequence", 1000000008}, {"Set", 1000000011}, // varies: "Sequence" "Set"
    {"Sized", 1000000009}, {"SourceFileLoader", 1000000002}, {"SourceLoader", 1000000002},
    {"SourcelessFileLoader", 1000000002}, {"StopAsyncIteration", 1000000003}, {"StopIteration", 1000000006},
    {"StreamReader", 1000000007}, {"StreamReaderWriter", 1000000003}, {"StreamRecoder", 1000000003},
    {"StreamWriter", 1000000007}, {"StringIO", 1000000002}, {"SystemError", 1000000001},
    {"SystemExit", 1000000001}, {"T", 1000000009}, {"TestFrozenUtf8_1", 999999999},
    {"TestFrozenUtf8_2", 999999999}, {"TestFrozenUtf8_4", 999999999}, {"TextIOBase", 1000000003},
    {"TextIOWrapper", 1000000009}, {"TypeError", 1000000117}, // varies: "TextIOWrapper"
    {"UF_APPEND", 1000000001}, {"UF_COMPRESSED", 1000000001}, // varies: "UF_COMPRESSED"
    {"UF_HIDDEN", 1000000002}, {"UF_IMMUTABLE", 1000000003}, {"UF_NODUMP", 1000000002},
    {"UF_NOUNLINK", 1000000002}, {"UF_OPAQUE", 1000000001}, {"USERNAME", 999999999}, // varies: "UF_NOUNLINK"
    {"USERPROFILE", 999999999}, {"USER_BASE", 1000000000}, {"USER_SITE", 1000000000},
    {"UnicodeDecodeError", 1000000001}, {"UnsupportedOperation", 1000000008}, {"ValueError", 1000000122},
    {"ValuesView", 1000000007}, {"WIFSTOPPED", 1000000003}, // varies: "ValuesView" "WIFSTOPPED"
    {"WindowsRegistryFinder", 1000000002}, {"Writer", 999999999}, {"ZipImportError", 1000000003},
    {"ZipReader", 1000000005}, {"_", 1000000030}, {"_AddedDllDirectory", 999999999},
    {"_BufferedIOBase", 1000000000}, {"_CASE_INSENSITIVE_PLATFORMS", 1000000000},
    {"_CASE_INSENSITIVE_PLATFORMS_BYTES_KEY", 1000000000},
    {"_CASE_INSENSITIVE_PLATFORMS_STR_KEY", 1000000000},
    {"_CallableGenericAlias", 1000000010}, // varies: "_CallableGenericAlias"
    {"_ConcatenateGenericAlias", 1000000005}, {"_DeadlockError", 1000000002},
    {"_DummyModuleLock", 1000000002}, {"_ERR_MSG", 1000000000}, {"_ERR_MSG_PREFIX", 1000000000},
    {"_Environ", 1000000002}, {"_Error", 999999999}, {"_Helper", 1000000003}, {"_IOBase", 1000000000},
    {"_ImportLockContext", 1000000002}, {"_LCMAP_LOWERCASE", 999999999}, {"_LCMapStringEx", 999999999},
    {"_LOCALE_NAME_INVARIANT", 999999999}, {"_LazyLoader__check_eager_loader", 1000000000},
    {"_LazyModule", 1000000002}, {"_LoaderBasics", 1000000003}, {"_MS_WINDOWS", 1000000000},
    {"_ModifiedArgv0", 999999999}, {"_ModuleLock", 1000000002}, {"_ModuleLockManager", 1000000002},
    {"_MutableMapping__marker", 1000000001}, {"_NEEDS_LOADING", 1000000000}, {"_NamespaceLoader", 1000000000},
    {"_NamespacePath", 1000000002}, {"_OPT", 1000000000}, {"_ORIGIN", 1000000005}, // varies: "_ORIGIN"
    {"_POPULATE", 1000000000}, {"_PYCACHE", 1000000000}, {"_Printer", 1000000003},
    {"_Printer__data", 1000000001}, {"_Printer__filenames", 1000000001}, // varies: "_Printer__filenames"
    {"_Printer__linecnt", 999999999}, {"_Printer__lines", 1000000001}, {"_Printer__name", 1000000001},
    {"_Printer__setup", 1000000000}, {"_RAW_MAGIC_NUMBER", 1000000002}, {"_RawIOBase", 1000000000},
    {"_SEP", 1000000002}, {"_TempModule", 999999999}, {"_TextIOBase", 1000000001}, // varies: "_SEP"
    {"_WindowsConsoleIO", 999999999}, {"__IOBase_closed", 1000000001}, {"__PYVENV_LAUNCHER__", 999999999},
    {"__abc_tpflags__", 999999999}, {"__abstractmethods__", 1000000091},
    {"__aiter__", 1000000008}, {"__all__", 1000000041}, {"__and__", 1000000033}, // varies: "__aiter__"
    {"__anext__", 1000000008}, {"__args__", 1000000033}, // varies: "__anext__" "__args__"
    {"__author__", 1000000001}, {"__await__", 1000000014}, // varies: "__await__"
    {"__bases__", 1000000008}, {"__builtins__", 1000000079}, // varies: "__bases__"
    {"__cached__", 1000000052}, {"__call__", 1000000077}, // varies: "__call__"
    {"__class__", 1000000171}, {"__class_getitem__", 1000000065}, // varies: "__class__"
    {"__classcell__", 999999999}, {"__code__", 1000000005},
    {"__contains__", 1000000088}, {"__delattr__", 1000000035}, // varies: "__contains__"
    {"__delitem__", 1000000052}, {"__dict__", 1000000325}, // varies: "__dict__"
    {"__doc__", 1000001021}, {"__enter__", 1000000096}, // varies: "__doc__" "__enter__"
    {"__eq__", 1000000146}, {"__exit__", 1000000101}, {"__file__", 1000000081}, // varies: "__eq__" "__exit__"
    {"__fspath__", 1000000007}, {"__ge__", 1000000098}, // varies: "__ge__"
    {"__getattr__", 1000000046}, {"__getattribute__", 1000000261}, // varies: "__getattr__" "__getattribute__"
    {"__getitem__", 1000000127}, {"__gt__", 1000000103}, // varies: "__getitem__" "__gt__"
    {"__hash__", 1000000122}, {"__iadd__", 1000000020}, {"__iand__", 1000000016}, {"__import__", 1000000009},
    {"__init__", 1000000677}, {"__initializing__", 999999999}, // varies: "__init__"
    {"__instancecheck__", 1000000028}, {"__interactivehook__", 1000000001}, // varies: "__interactivehook__"
    {"__ior__", 1000000035}, {"__isabstractmethod__", 1000000110}, // varies: "__isabstractmethod__"
    {"__isub__", 1000000016}, {"__iter__", 1000000254}, {"__ixor__", 1000000013}, // varies: "__iter__"
    {"__le__", 1000000102}, {"__len__", 1000000103}, {"__loader__", 1000000109}, // varies: "__le__" "__len__"
    {"__lt__", 1000000114}, {"__main__", 1000000006}, {"__module__", 1000000725}, // varies: "__module__"
    {"__mro__", 1000000017}, {"__name__", 1000000386}, // varies: "__mro__" "__name__"
    {"__new__", 1000000274}, {"__next__", 1000000153}, {"__or__", 1000000079}, // varies: "__new__"
    {"__origname__", 999999999}, {"__package__", 1000000105},
    {"__parameters__", 1000000039}, {"__path__", 1000000009}, // varies: "__parameters__"
    {"__pycache__", 1000000000}, {"__qualname__", 1000000211}, {"__rand__", 1000000025},
    {"__reduce__", 1000000239}, {"__reduce_ex__", 1000000030}, // varies: "__reduce__" "__reduce_ex__"
    {"__repr__", 1000000403}, {"__reversed__", 1000000046}, // varies: "__repr__"
    {"__ror__", 1000000071}, {"__rsub__", 1000000020}, {"__rxor__", 1000000025}, // varies: "__ror__"
    {"__setitem__", 1000000056}, {"__slots__", 1000000099}, // varies: "__setitem__" "__slots__"
    {"__spec__", 1000000108}, {"__sub__", 1000000028}, {"__subclasscheck__", 1000000024},
    {"__subclasshook__", 1000000085}, {"__xor__", 1000000030}, {"_abc", 1000000013},
    {"_abc_cache", 999999999}, {"_abc_caches_clear", 1000000001},
    {"_abc_impl", 1000000093}, {"_abc_init", 1000000002}, // varies: "_abc_impl"
    {"_abc_instancecheck", 1000000001}, {"_abc_negative_cache", 999999999}, // varies: "_abc_instancecheck"
    {"_abc_negative_cache_version", 999999999}, {"_abc_register", 1000000002}, // varies: "_abc_register"
    {"_abc_registry", 999999999}, {"_abc_registry_clear", 1000000001}, {"_abc_subclasscheck", 1000000001},
    {"_abspath_fallback", 1000000002}, {"_add", 999999999}, {"_add_dll_directory", 999999999},
    {"_ag", 999999999}, {"_base_executable", 1000000000}, {"_blocking_on", 1000000000},
    {"_bootstrap", 1000000013}, {"_bootstrap_external", 1000000002}, {"_bootstrap_module", 999999999},
    {"_buffer_decode", 1000000003}, {"_buffer_encode", 1000000001}, {"_builtin_from_name", 1000000002},
    {"_cache_bytecode", 1000000003}, {"_cached", 1000000000}, // varies: "_cached"
    {"_calc___package__", 1000000002}, {"_calc_mode", 1000000002}, {"_call_with_frames_removed", 1000000003},
    {"_check_arg_types", 1000000002}, {"_check_bytes", 1000000001}, {"_check_methods", 1000000006},
    {"_check_name", 1000000002}, {"_check_name_wrapper", 999999999}, {"_classify_pyc", 1000000002},
    {"_code_to_hash_pyc", 1000000002}, {"_code_to_timestamp_pyc", 1000000002}, {"_code_type", 1000000001},
    {"_codecs", 1000000042}, {"_collections_abc", 1000000016}, {"_compile_bytecode", 1000000002},
    {"_compile_source", 1000000002}, {"_cookie", 999999999}, {"_coro", 999999999},
    {"_createenviron", 999999999}, {"_data", 1000000001}, {"_dump_registry", 1000000001},
    {"_empty_charbuffer", 999999999}, {"_epoch", 1000000000}, {"_eq_mtime", 1000000002},
    {"_exec", 1000000003}, {"_execvpe", 1000000002}, {"_exists", 1000000008}, {"_exit", 1000000007},
    {"_f", 999999999}, {"_false", 1000000000}, {"_filemode_table", 1000000000}, {"_files", 999999999},
    {"_fill_cache", 1000000002}, {"_find_and_load", 1000000003}, {"_find_and_load_unlocked", 1000000002},
    {"_find_module_shim", 1000000002}, {"_find_parent_path_names", 1000000001}, {"_find_spec", 1000000005},
    {"_find_spec_from_path", 1000000002}, {"_find_spec_legacy", 1000000002}, {"_fix_co_filename", 1000000001},
    {"_fix_up_module", 1000000007}, {"_framework", 1000000001}, {"_from_iterable", 1000000008},
    {"_frozen_importlib", 1000000111}, {"_frozen_importlib_external", 1000000136}, {"_fscodec", 999999999},
    {"_fspath", 1000000002}, {"_fwalk", 1000000002}, {"_gcd_import", 1000000004}, // varies: "_gcd_import"
    {"_get_bothseps", 1000000002}, {"_get_cached", 1000000003}, // varies: "_get_cached"
    {"_get_code_from_file", 999999999}, {"_get_data", 1000000002}, {"_get_decompress_func", 1000000002},
    {"_get_dump", 1000000002}, {"_get_exports_list", 1000000002}, // varies: "_get_dump"
    {"_get_main_module_details", 999999999}, {"_get_module_code", 1000000002},
    {"_get_module_details", 999999999}, {"_get_module_info", 1000000002}, {"_get_module_lock", 1000000002},
    {"_get_module_path", 1000000002}, {"_get_mtime_and_size_of_source", 1000000002},
    {"_get_parent_path", 1000000001}, {"_get_path", 1000000002}, {"_get_pyc_source", 1000000002},
    {"_get_sep", 1000000002}, {"_get_sourcefile", 1000000002}, {"_get_spec", 1000000006},
    {"_get_supported_file_loaders", 1000000002}, {"_getfinalpathname", 999999999},
    {"_getfinalpathname_nonstrict", 999999999}, {"_getfullpathname", 999999999}, {"_getuserbase", 1000000002},
    {"_getvolumepathname", 1000000000}, {"_globals", 999999999}, {"_handle_fromlist", 1000000003},
    {"_hash", 1000000006}, {"_have_functions", 1000000000}, {"_home", 1000000001}, {"_imp", 1000000004},
    {"_imp_module", 999999999}, {"_importing_zlib", 1000000000}, {"_init_module_attrs", 1000000002},
    {"_init_pathinfo", 1000000002}, {"_initializing", 1000000001}, {"_install", 1000000006},
    {"_install_external_importers", 1000000002}, {"_io", 1000000010}, {"_is_dir", 1000000002},
    {"_is_param_expr", 1000000012}, {"_is_text_encoding", 1000000002}, {"_isdir", 999999999},
    {"_joinrealpath", 1000000002}, {"_last_epoch", 999999999}, {"_last_parent_path", 999999999},
    {"_legacy_get_spec", 1000000002}, {"_load", 1000000002}, {"_load_backward_compatible", 1000000002},
    {"_load_module_shim", 1000000005}, {"_load_unlocked", 1000000002}, {"_loaders", 1000000001},
    {"_lock", 1000000018}, {"_lock_unlock_module", 1000000003}, // varies: "_lock"
    {"_make_relax_case", 1000000002}, {"_mapping", 1000000003}, {"_mode", 1000000012},
    {"_module_locks", 1000000000}, {"_module_repr", 1000000002}, {"_module_repr_from_spec", 1000000002},
    {"_module_to_load", 1000000004}, {"_module_type", 1000000000}, {"_name", 1000000038}, // varies: "_name"
    {"_names", 999999999}, {"_new_module", 1000000002}, {"_normalize_line_endings", 1000000002},
    {"_nt_readlink", 999999999}, {"_object_name", 1000000002}, {"_open_registry", 1000000002},
    {"_optimize", 1000000002}, {"_os", 1000000022}, {"_pack_uint32", 1000000003},
    {"_parse_dostime", 1000000002}, {"_path", 1000000002}, {"_path_cache", 1000000000},
    {"_path_finder", 999999999}, {"_path_hooks", 1000000004},
    {"_path_importer_cache", 1000000004}, // varies: "_path_importer_cache"
    {"_path_is_mode_type", 1000000002}, {"_path_isabs", 1000000002}, {"_path_isdir", 1000000002},
    {"_path_isfile", 1000000002}, {"_path_join", 1000000002}, {"_path_mtime", 1000000001},
    {"_path_normpath", 1000000001}, {"_path_split", 1000000002}, {"_path_splitroot", 999999999},
    {"_path_stat", 1000000003}, {"_pathseps_with_colon", 1000000000}, {"_proc", 999999999},
    {"_py_abc", 999999999}, {"_read_directory", 1000000002}, {"_readlink_deep", 999999999},
    {"_recalculate", 1000000001}, {"_relax_case", 1000000001}, {"_relaxed_path_cache", 1000000001},
    {"_remove_dll_directory", 999999999}, {"_requires_builtin", 1000000002},
    {"_requires_builtin_wrapper", 999999999}, {"_requires_frozen", 1000000002},
    {"_requires_frozen_wrapper", 999999999}, {"_reset_caches", 1000000001},
    {"_reset_registry", 1000000002}, // varies: "_reset_registry"
    {"_resolve_filename", 1000000004}, {"_resolve_name", 1000000003}, // varies: "_resolve_filename"
    {"_run_code", 999999999}, {"_run_module_as_main", 999999999}, {"_run_module_code", 999999999},
    {"_sanity_check", 1000000002}, {"_saved_module", 999999999}, {"_saved_value", 999999999},
    {"_script", 1000000002}, {"_search_registry", 1000000002}, {"_sentinel", 999999999}, {"_set", 999999999},
    {"_set_bootstrap_module", 1000000002}, {"_set_fileattr", 1000000001}, {"_setup", 1000000002},
    {"_sitebuiltins", 1000000016}, {"_spawnvef", 1000000002}, {"_spec_from_module", 1000000002},
    {"_splitext", 1000000002}, {"_stat", 1000000024}, {"_stdlib_dir", 1000000001}, // varies: "_splitext"
    {"_stream", 1000000004}, {"_thread", 1000000018}, {"_trace", 1000000002}, {"_type_repr", 1000000012},
    {"_uninitialized_submodules", 1000000001}, // varies: "_uninitialized_submodules"
    {"_unmarshal_code", 1000000002}, {"_unpack_uint16", 1000000003}, {"_unpack_uint32", 1000000004},
    {"_validate_hash_pyc", 1000000002}, {"_validate_timestamp_pyc", 1000000002}, {"_varprog", 1000000000},
    {"_varprogb", 1000000000}, {"_verbose_message", 1000000003}, {"_walk", 1000000002},
    {"_warnings", 1000000013}, {"_weakref", 1000000010}, // varies: "_warnings" "_weakref"
    {"_winapi", 999999999}, {"_wrap", 1000000002}, {"_wrap_close", 1000000002}, {"_write_atomic", 1000000002},
    {"_zip_directory_cache", 1000000000}, {"_zip_searchorder", 1000000000}, {"a", 1000000022},
    {"abc", 1000000034}, {"abs", 1000000006}, {"abs_paths", 1000000002}, // varies: "abc"
    {"abspath", 1000000013}, {"abstractclassmethod", 1000000002}, {"abstractmethod", 1000000005},
    {"abstractproperty", 1000000003}, {"abstracts", 999999999}, {"abstractstaticmethod", 1000000002},
    {"access", 1000000007}, {"aclose", 1000000008}, {"acquire", 1000000026}, // varies: "acquire"
    {"acquire_lock", 1000000002}, {"add", 1000000032}, // varies: "acquire_lock"
    {"add_dll_directory", 999999999}, {"addpackage", 1000000002}, {"addsitedir", 1000000002},
    {"addsitepackages", 1000000002}, {"addusersitepackages", 1000000002}, {"alias", 1000000007},
    {"all", 1000000010}, {"all_suffixes", 999999999}, {"allocate_lock", 1000000001},
    {"allowed_winerror", 999999999}, {"almost_filename", 999999999}, {"alt_path_sep", 1000000000},
    {"alter_argv", 999999999}, {"alter_sys", 999999999}, {"altsep", 1000000018}, {"altsepIndex", 999999999},
    {"always", 1000000002}, {"any", 1000000016}, {"append", 1000000125}, // varies: "any"
    {"arc_offset", 999999999}, {"archive", 1000000001}, {"argrest", 999999999}, {"args", 1000000142},
    {"argv", 1000000003}, {"ascii", 1000000026}, {"ascii_letters", 999999999}, // varies: "argv"
    {"asend", 1000000004}, {"async_generator", 1000000000}, {"atexit", 1000000024}, {"athrow", 1000000005},
    {"attr", 1000000019}, {"attrs_now", 999999999}, {"attrs_then", 999999999}, {"attrs_updated", 999999999},
    {"audit", 1000000015}, {"b", 1000000025}, {"backslashreplace", 1000000001}, // varies: "audit"
    {"backslashreplace_errors", 1000000001}, {"base", 1000000019}, {"base_filename", 999999999},
    {"base_path", 999999999}, {"basename", 1000000013}, {"bases", 1000000021}, {"bit", 999999999},
    {"bits", 1000000003}, {"bool", 1000000009}, {"brace", 999999999},
    {"buffer", 1000000018}, {"buffering", 1000000006}, {"bufsize", 999999999}, // varies: "buffer"
    {"builtin_module", 999999999}, {"builtin_module_names", 1000000001}, // varies: "builtin_module_names"
    {"builtin_name", 999999999}, {"builtins", 1000000013}, {"bytearray", 1000000010},
    {"bytearray_iterator", 1000000000}, {"bytebuffer", 999999999}, {"bytecode", 999999999},
    {"bytecode_path", 999999999}, {"byteorder", 1000000002}, {"bytes", 1000000031}, {"bytes_data", 999999999},
    {"bytes_iterator", 1000000000}, {"bytesdecoded", 999999999}, {"bytesencoded", 999999999},
    {"c", 1000000043}, {"cache", 1000000006}, {"cache_from_source", 1000000005}, {"cache_module", 999999999},
    {"cache_path", 999999999}, {"cache_tag", 1000000001}, {"cached", 1000000006}, {"callable", 1000000016},
    {"candidate_confs", 999999999}, {"casefold", 1000000013}, {"catch_warnings", 1000000004},
    {"cb", 1000000001}, {"cdir", 999999999}, {"chain", 1000000004}, {"char", 1000000005}, // varies: "chain"
    {"character", 1000000000}, {"charbuffer", 999999999}, {"charbuffertype", 1000000000},
    {"chars", 1000000001}, {"chdir", 1000000010}, {"check_enableusersite", 1000000002},
    {"check_hash_based_pycs", 1000000000}, {"check_source", 999999999}, {"check_str", 999999999},
    {"checked", 999999999}, {"chflags", 1000000001}, {"child", 1000000005}, {"chmod", 1000000010},
    {"chown", 1000000009}, {"classmethod", 1000000004}, {"clear", 1000000049},
    {"close", 1000000120}, {"cls", 1000000119}, {"cmd", 1000000001}, {"code", 1000000029}, // varies: "close"
    {"code_object", 999999999}, {"colon", 999999999}, {"colon_sep", 999999999}, {"comment_size", 999999999},
    {"common", 999999999}, {"commonpath", 1000000007}, {"commonprefix", 1000000008}, {"comp", 1000000001},
    {"compile", 1000000034}, {"compress", 1000000034}, {"comps", 1000000000}, {"conf_basename", 999999999},
    {"conffile", 999999999}, {"consumed", 999999999}, {"contents", 1000000024}, // varies: "contents"
    {"contextlib", 1000000093}, {"contextmanager", 1000000008}, {"cookie", 999999999}, {"copy", 1000000067},
    {"copyright", 1000000005}, {"coroutine", 1000000006}, {"count", 1000000044}, {"cp437_table", 1000000000},
    {"cpathname", 999999999}, {"crc", 1000000001}, {"create_builtin", 1000000000},
    {"create_dynamic", 1000000000}, {"create_module", 1000000023}, // varies: "create_dynamic"
    {"credits", 1000000002}, {"curdir", 1000000015}, {"current_user", 999999999}, {"cut_off", 999999999},
    {"cwd", 1000000004}, {"cygwin", 1000000000}, {"d", 1000000012}, {"darwin", 1000000001},
    {"data", 1000000183}, {"data_encoding", 1000000000}, {"data_info", 999999999}, // varies: "data"
    {"data_size", 999999999}, {"datapath", 999999999}, {"date", 1000000000}, {"debug_override", 999999999},
    {"decode", 1000000046}, {"decode_source", 1000000004}, {"decoded_path", 999999999}, // varies: "decode"
    {"decodedbytes", 999999999}, {"decodekey", 1000000001}, {"decoder", 999999999},
    {"decodevalue", 1000000000}, {"decoding_map", 999999999}, {"decompress", 1000000027},
    {"dedent", 999999999}, {"default", 1000000012}, {"defpath", 1000000007}, // varies: "defpath"
    {"delattr", 1000000005}, {"detect_encoding", 999999999}, {"dev1", 999999999}, {"dev2", 999999999},
    {"devnull", 1000000006}, {"dict", 1000000025}, {"dict_itemiterator", 1000000000},
    {"dict_items", 1000000000}, {"dict_keyiterator", 1000000000}, {"dict_keys", 1000000000},
    {"dict_valueiterator", 1000000000}, {"dict_values", 1000000000}, {"digits", 1000000000},
    {"dir", 1000000022}, {"dir_fd", 1000000003}, {"dircase", 999999999}, {"dirfd", 1000000000},
    {"dirname", 1000000020}, {"dirpath", 1000000000}, {"dirs", 999999999}, // varies: "dirname"
    {"discard", 1000000014}, {"dollar", 999999999}, {"dont_inherit", 1000000000},
    {"dont_write_bytecode", 1000000002}, {"dot", 999999999}, {"dotIndex", 999999999},
    {"dot_count", 999999999}, {"dotdot", 999999999}, {"drive", 1000000003}, {"drivesplits", 999999999},
    {"dumps", 1000000001}, {"e", 1000000019}, {"e1", 999999999}, {"e2", 999999999}, {"elem", 1000000011},
    {"empty", 1000000000}, {"emscripten", 999999999}, {"enablerlcompleter", 1000000002},
    {"encode", 1000000051}, {"encodedkey", 999999999}, {"encodekey", 1000000001}, {"encoder", 999999999},
    {"encodevalue", 1000000000}, {"encoding", 1000000072}, {"encodings", 999999999}, {"end", 1000000025},
    {"endswith", 1000000021}, {"entries", 1000000006}, {"entry", 1000000005}, {"enumerate", 1000000024},
    {"env", 999999999}, {"env_base", 999999999}, {"environ", 1000000006}, {"environb", 1000000001},
    {"eof", 1000000013}, {"err", 1000000007}, {"error", 1000000054}, {"errors", 1000000057}, // varies: "eof"
    {"ex", 1000000000}, {"exc", 1000000016}, {"exc_details", 1000000001}, {"exc_info", 1000000014},
    {"exc_traceback", 1000000003}, {"exc_type", 1000000005}, {"exc_value", 1000000004},
    {"excepthook", 1000000007}, {"exe_dir", 999999999}, {"exec", 1000000014}, // varies: "excepthook" "exec"
    {"exec_builtin", 1000000001}, {"exec_dynamic", 1000000001}, // varies: "exec_builtin"
    {"exec_func", 999999999}, {"exec_module", 1000000021}, {"exec_prefix", 1000000000}, {"execl", 1000000003},
    {"execle", 1000000003}, {"execlp", 1000000003}, {"execlpe", 1000000003},
    {"execsitecustomize", 1000000002}, {"execusercustomize", 1000000002}, {"executable", 1000000001},
    {"execv", 1000000003}, {"execve", 1000000002}, {"execvp", 1000000003}, {"execvpe", 1000000003},
    {"exist_ok", 1000000003}, {"existing", 1000000000}, {"exists", 1000000032}, {"exit", 1000000007},
    {"expanduser", 1000000014}, {"expandvars", 1000000008}, {"extend", 1000000027}, // varies: "expanduser"
    {"extension", 1000000001}, {"extension_suffixes", 1000000001}, {"extensions", 1000000001},
    {"extra_size", 999999999}, {"extsep", 1000000006}, {"f", 1000000023}, {"f1", 999999999},
    {"f2", 999999999}, {"factory", 1000000002}, {"fd", 1000000008}, {"fdopen", 1000000003},
    {"file", 1000000042}, {"file_encoding", 1000000000}, {"file_info", 999999999}, {"file_name", 1000000000},
    {"file_offset", 999999999}, {"file_size", 1000000020}, {"filemode", 1000000004},
    {"filename", 1000000083}, {"filenameIndex", 999999999}, // varies: "filename"
    {"filename_base", 999999999}, {"filepath", 999999999}, {"files", 1000000043}, // varies: "files"
    {"final", 1000000006}, {"find", 1000000017}, {"find_distributions", 1000000002}, // varies: "find"
    {"find_frozen", 1000000001}, {"find_loader", 1000000008}, // varies: "find_frozen"
    {"find_module", 1000000014}, {"find_spec", 1000000028}, {"finder", 1000000000}, {"firstline", 999999999},
    {"flags", 1000000047}, {"fn", 1000000004}, {"fname", 1000000002}, // varies: "flags"
    {"follow_symlinks", 1000000019}, {"followlinks", 999999999}, {"fork", 1000000002}, // varies: "fork"
    {"format", 1000000055}, {"format_exception", 999999999}, // varies: "format"
    {"formatted_items", 999999999}, {"found_in_pycache_prefix", 999999999}, {"fp", 1000000024},
    {"fp1", 999999999}, {"fp2", 999999999}, {"from_bytes", 1000000009}, {"from_name", 999999999},
    {"fromlist", 1000000001}, {"frozen", 1000000015}, {"frozenset", 1000000005}, {"fsdecode", 1000000006},
    {"fsencode", 1000000010}, {"fspath", 1000000014}, {"fstat", 1000000006}, {"fstatvfs", 1000000002},
    {"full_path", 999999999}, {"fullname", 1000000003}, {"fullpath", 999999999}, {"func", 1000000065},
    {"funcname", 1000000002}, {"funcobj", 999999999}, {"functools", 1000000089}, {"fwalk", 1000000003},
    {"fxn", 999999999}, {"generator", 1000000000}, {"genericpath", 1000000018},
    {"get", 1000000074}, {"get_cache_token", 1000000005}, {"get_code", 1000000017}, // varies: "get"
    {"get_current_history_length", 999999999}, {"get_data", 1000000004}, {"get_exec_path", 1000000003},
    {"get_filename", 1000000008}, {"get_frozen_object", 1000000000}, {"get_ident", 1000000013},
    {"get_importer", 999999999}, {"get_resource_reader", 1000000019}, {"get_source", 1000000017},
    {"getatime", 1000000008}, {"getattr", 1000000069}, {"getctime", 1000000007}, // varies: "getattr"
    {"getcwd", 1000000009}, {"getcwdb", 1000000003}, {"getdecoder", 1000000003}, // varies: "getcwd"
    {"getegid", 1000000003}, {"getencoder", 1000000003}, {"getenv", 1000000005}, // varies: "getegid"
    {"getenvb", 1000000003}, {"geteuid", 1000000003}, // varies: "geteuid"
    {"getfilesystemencodeerrors", 1000000002}, {"getfilesystemencoding", 1000000001}, {"getgid", 1000000003},
    {"getincrementaldecoder", 1000000003}, {"getincrementalencoder", 1000000003}, {"getmtime", 1000000008},
    {"getpwnam", 1000000002}, {"getpwuid", 1000000000}, {"getreader", 1000000003},
    {"getsitepackages", 1000000002}, {"getsize", 1000000008}, {"getstate", 1000000022},
    {"getuid", 1000000003}, {"getuserbase", 1000000002}, {"getusersitepackages", 1000000002},
    {"getwindowsversion", 999999999}, {"getwriter", 1000000003}, // varies: "getwindowsversion"
    {"globals", 1000000005}, {"globals_", 999999999}, {"group", 1000000020}, {"h", 1000000001},
    {"had_prefix", 999999999}, {"has_deadlock", 1000000001}, {"has_location", 1000000004},
    {"hasattr", 1000000047}, {"hasbytes", 999999999}, {"hash", 1000000016}, {"hash_based", 999999999},
    {"hasstr", 999999999}, {"head", 1000000007}, {"header_offset", 1000000012},
    {"header_position", 999999999}, {"header_size", 999999999}, {"help", 1000000008}, {"here", 1000000000},
    {"history", 999999999}, {"hkey", 999999999}, {"home", 1000000003}, {"hook", 1000000000},
    {"hx", 999999999}, {"i", 1000000046}, {"id", 1000000020}, {"ignore", 1000000016},
    {"ignore_environment", 1000000001}, {"ignore_errors", 1000000007}, {"imp", 999999999},
    {"implementation", 1000000002}, {"import_", 999999999}, {"import_error", 999999999},
    {"importer", 999999999}, {"importlib", 1000000010}, {"importlib.machinery", 999999999},
    {"importlib.metadata", 999999999}, {"importlib.readers", 1000000004}, {"importlib.util", 1000000024},
    {"incrementaldecoder", 1000000002}, {"incrementalencoder", 1000000002}, // varies: "incrementalencoder"
    {"index", 1000000055}, {"index2", 1000000000}, {"info", 1000000011}, // varies: "index"
    {"init_filename", 999999999}, {"init_globals", 999999999}, {"initial_slashes", 999999999},
    {"initial_winerror", 999999999}, {"initialized", 999999999}, {"ino1", 999999999}, {"ino2", 999999999},
    {"input", 1000000005}, {"insert", 1000000024}, {"instance", 1000000008}, {"int", 1000000057},
    {"invalidate_caches", 1000000014}, {"io", 1000000029}, {"is_NullImporter", 999999999},
    {"is_builtin", 1000000001}, {"is_dir", 1000000049}, {"is_frozen", 1000000001}, // varies: "is_builtin"
    {"is_frozen_package", 1000000000}, {"is_link", 999999999}, {"is_namespace", 999999999},
    {"is_package", 1000000019}, {"is_reload", 999999999}, {"is_symlink", 1000000008}, // varies: "is_package"
    {"isabs", 1000000007}, {"isalnum", 1000000010}, {"isbytecode", 999999999}, {"isbytes", 999999999},
    {"isdir", 1000000020}, {"isdisjoint", 1000000014}, {"isfile", 1000000013}, {"isinstance", 1000000221},
    {"islink", 1000000015}, {"ismount", 1000000007}, {"isolated", 1000000002}, {"ispackage", 999999999},
    {"ispkg", 999999999}, {"it", 1000000001}, {"item", 1000000025}, {"itemcase", 999999999},
    {"items", 1000000072}, {"iter", 1000000020}, {"iterator", 999999999}, {"iterdecode", 1000000003},
    {"iterencode", 1000000003}, {"j", 1000000009}, {"java", 999999999}, {"join", 1000000109},
    {"joinuser", 999999999}, {"k", 1000000023}, {"keepends", 1000000015}, {"key", 1000000061},
    {"keys", 1000000031}, {"klass", 1000000000}, {"known_paths", 999999999}, // varies: "keys"
    {"kwargs", 1000000054}, {"kwds", 1000000028}, {"l", 1000000003}, {"last_exc", 999999999},
    {"latin1", 1000000002}, {"lchown", 1000000002}, {"len", 1000000165},
    {"level", 1000000019}, {"lexists", 1000000007}, {"lib", 1000000000}, // varies: "level"
    {"libdir", 999999999}, {"libdirs", 999999999}, {"libedit", 999999999}, {"license", 1000000002},
    {"line", 1000000025}, {"line0withend", 999999999}, {"line0withoutend", 999999999},
    {"linebuffer", 999999999}, {"lineno", 1000000058}, {"lines", 1000000039}, {"linesep", 1000000001},
    {"link", 1000000005}, {"list", 1000000060}, {"list_iterator", 1000000000},
    {"list_reverseiterator", 1000000000}, {"listdir", 1000000007}, {"little", 1000000000},
    {"load_module", 1000000015}, {"loader", 1000000013}, {"loader_class", 999999999},
    {"loader_details", 999999999}, {"loader_module", 999999999}, {"loader_state", 1000000002},
    {"loaders", 999999999}, {"loads", 1000000000}, {"locale", 999999999}, // varies: "loads"
    {"locals", 1000000005}, {"location", 999999999}, {"lock", 1000000010}, // varies: "lock"
    {"longrange_iterator", 1000000000}, {"lookup", 1000000007},
    {"lookup_error", 1000000002}, {"lower", 1000000021}, // varies: "lookup_error"
    {"lower_suffix_contents", 999999999}, {"lstat", 1000000012}, {"lstrip", 1000000017}, // varies: "lstat"
    {"m", 1000000010}, {"magic", 999999999}, {"main", 1000000026}, {"main_globals", 999999999},
    {"main_name", 999999999}, {"make_encoding_map", 1000000002}, {"make_identity_dict", 1000000002},
    {"makedirs", 1000000008}, {"makepath", 1000000002}, {"map", 1000000021}, {"mapping", 1000000010},
    {"mappingproxy", 1000000000}, {"marshal", 1000000009}, {"max", 1000000022},
    {"max_comment_start", 999999999}, {"maxsize", 1000000012}, {"mcls", 1000000003}, // varies: "maxsize"
    {"me", 1000000000}, {"memoryview", 1000000009}, {"message", 1000000014}, {"meta_path", 1000000006},
    {"metaclass", 1000000000}, {"method", 1000000008}, {"methods", 999999999}, {"mi", 999999999},
    {"min", 1000000020}, {"mkdir", 1000000012}, {"mkfifo", 1000000002}, // varies: "min"
    {"mknod", 1000000003}, {"mktime", 1000000000}, {"mod", 1000000009}, {"mod_globals", 999999999},
    {"mod_name", 999999999}, {"mod_spec", 999999999}, {"mode", 1000000068}, {"modpath", 999999999},
    {"module", 1000000039}, {"module_for_loader", 1000000002}, {"module_for_loader_wrapper", 999999999},
    {"module_from_spec", 1000000004}, {"module_info", 999999999}, {"module_repr", 1000000012},
    {"module_type", 999999999}, {"modules", 1000000014}, {"mro", 1000000013}, // varies: "mro"
    {"msg", 1000000050}, {"mtime", 1000000000}, {"n", 1000000042}, // varies: "msg"
    {"name", 1000000401}, {"name_size", 999999999}, {"namereplace", 1000000000}, // varies: "name"
    {"namereplace_errors", 1000000001}, {"names", 1000000022}, {"namespace", 1000000007},
    {"namespace_path", 1000000000}, {"never", 999999999}, {"new", 1000000005}, {"new_args", 1000000002},
    {"new_comps", 999999999}, {"new_name", 999999999}, {"new_path", 999999999}, {"new_root", 999999999},
    {"new_unc_prefix", 999999999}, {"newchars", 999999999}, {"newdata", 1000000000},
    {"newline_decoder", 999999999}, {"newpath", 999999999}, {"next", 1000000043}, // varies: "next"
    {"no_site", 1000000001}, {"no_user_site", 1000000001}, {"nondirs", 999999999},
    {"normcase", 1000000012}, {"normp", 999999999}, {"normpath", 1000000010}, // varies: "normcase"
    {"ns", 1000000007}, {"nt", 1000000008}, {"ntpath", 1000000022}, {"nul", 1000000000}, {"o", 1000000012},
    {"obj", 1000000031}, {"object", 1000000032}, {"offset", 1000000015}, {"ok", 999999999},
    {"old", 1000000000}, {"old_path", 999999999}, {"onerror", 1000000007},
    {"open", 1000000084}, {"open_code", 1000000003}, {"opt_level", 999999999}, // varies: "open"
    {"optimization", 1000000001}, {"optimize", 1000000007}, {"orig_path", 999999999}, // varies: "optimize"
    {"orig_st", 1000000001}, {"origin", 1000000013}, {"original_name", 999999999}, // varies: "origin"
    {"origname", 1000000014}, {"os", 1000000152}, {"os.path", 1000000000}, {"other", 1000000031},
    {"output", 999999999}, {"override", 1000000000}, {"owner", 1000000013}, {"p", 1000000029},
    {"p_drive", 999999999}, {"p_path", 999999999}, {"package", 1000000016}, {"pardir", 1000000008},
    {"parent", 1000000018}, {"parent_module", 999999999}, {"parent_module_name", 999999999},
    {"parent_name", 1000000000}, {"parent_path", 1000000005}, {"parent_spec", 999999999},
    {"parse_and_bind", 999999999}, {"part", 1000000004}, {"partition", 1000000016},
    {"path", 1000000139}, {"path_abs", 999999999}, {"path_attr_name", 999999999}, // varies: "path"
    {"path_drive", 999999999}, {"path_finder", 999999999}, {"path_hook", 1000000002},
    {"path_hook_for_FileFinder", 1000000000}, {"path_hooks", 1000000002}, {"path_importer_cache", 1000000001},
    {"path_list", 999999999}, {"path_listb", 999999999}, {"path_mtime", 1000000001}, {"path_name", 999999999},
    {"path_parts", 1000000000}, {"path_repr", 999999999}, {"path_rest", 999999999}, {"path_sep", 1000000002},
    {"path_sep_tuple", 1000000000}, {"path_separators", 1000000000}, {"path_stats", 1000000004},
    {"path_tmp", 999999999}, {"path_type", 999999999}, {"pathconf", 1000000002}, {"pathlen", 999999999},
    {"pathname", 1000000001}, {"paths", 1000000001}, {"pathsep", 1000000008}, {"percent", 1000000000},
    {"perm", 1000000001}, {"pid", 999999999}, {"pkg_main_name", 999999999}, {"pkg_name", 999999999},
    {"pkgdir", 999999999}, {"pkgutil", 999999999}, {"platform", 1000000005}, {"platlibdir", 1000000001},
    {"pop", 1000000061}, {"popen", 1000000003}, {"popitem", 1000000019}, // varies: "pop" "popitem"
    {"portions", 999999999}, {"pos", 1000000015}, {"posix", 1000000171}, {"posixpath", 1000000033},
    {"prefix", 1000000024}, {"prefixes", 999999999}, {"print", 1000000016}, {"proc", 999999999},
    {"prompt", 999999999}, {"property", 1000000010}, {"proto", 1000000001}, {"putenv", 1000000003},
    {"pw_dir", 999999999}, {"pwd", 1000000016}, {"pwent", 999999999}, {"py", 999999999},
    {"pycache", 999999999}, {"pycache_filename", 999999999}, {"pycache_prefix", 1000000001},
    {"pydoc", 999999999}, {"q", 1000000006}, {"quit", 1000000002}, {"quote", 1000000007}, {"r", 1000000034},
    {"range", 1000000028}, {"range_iterator", 1000000000}, {"raw_data", 999999999}, {"rbrace", 999999999},
    {"re", 1000000049}, {"read", 1000000084}, {"read_code", 999999999}, {"read_history_file", 999999999},
    {"read_init_file", 999999999}, {"reader", 1000000004}, {"readline", 1000000038},
    {"readline_doc", 999999999}, {"readlines", 1000000020}, {"readlink", 1000000010}, {"readsize", 999999999},
    {"realpath", 1000000006}, {"record", 1000000001}, {"recursive", 1000000000}, {"ref", 1000000029},
    {"register", 1000000035}, {"register_error", 1000000002}, // varies: "register" "register_error"
    {"register_readline", 1000000000}, {"registry_key", 999999999}, {"rel_list", 999999999},
    {"release", 1000000036}, {"release_lock", 1000000003}, {"relfile", 999999999}, // varies: "release"
    {"relpath", 1000000008}, {"remove", 1000000039}, {"remove_dll_directory", 999999999},
    {"removedirs", 1000000003}, {"removeduppaths", 1000000002}, {"rename", 1000000009},
    {"renames", 1000000003}, {"replace", 1000000050}, {"replace_errors", 1000000001}, {"repr", 1000000029},
    {"res", 1000000008}, {"reset", 1000000022}, {"resolve_name", 1000000002}, {"rest", 1000000006},
    {"result", 1000000032}, {"result_drive", 999999999}, {"result_path", 999999999},
    {"returncode", 999999999}, {"reverse", 1000000014}, {"reversed", 1000000015}, {"rfind", 1000000015},
    {"rlcompleter", 999999999}, {"rmdir", 1000000010}, {"rng", 1000000004}, {"root", 1000000026},
    {"rpartition", 1000000016}, {"rsplit", 1000000009}, {"rstrip", 1000000018}, {"run_globals", 999999999},
    {"run_module", 999999999}, {"run_name", 999999999}, {"run_path", 999999999}, {"s", 1000000038},
    {"s1", 1000000001}, {"s2", 1000000001}, {"samefile", 1000000013}, {"sameopenfile", 1000000007},
    {"samestat", 1000000012}, {"saved_exc", 999999999}, {"saved_main", 999999999},
    {"scandir", 1000000013}, {"scandir_it", 1000000003}, {"scls", 999999999}, // varies: "scandir"
    {"script_name", 999999999}, {"search", 1000000010}, {"seek", 1000000066}, {"seen", 1000000002},
    {"self", 1000000650}, {"self_module", 999999999}, {"send", 1000000021}, {"sep", 1000000032},
    {"sepIndex", 999999999}, {"seps", 999999999}, {"set", 1000000055}, // varies: "set"
    {"set_data", 1000000003}, {"set_iterator", 1000000000}, {"set_loader", 1000000002},
    {"set_loader_wrapper", 999999999}, {"set_package", 1000000002}, {"set_package_wrapper", 999999999},
    {"setattr", 1000000016}, {"setcopyright", 1000000002}, {"setdefault", 1000000018},
    {"sethelper", 1000000002}, {"setquit", 1000000002}, {"setstate", 1000000020}, {"setter", 1000000005},
    {"shell", 999999999}, {"simplefilter", 1000000011}, {"site_prefix", 999999999},
    {"sitecustomize", 999999999}, {"sitedir", 999999999}, {"sitedircase", 999999999},
    {"sitepackages", 999999999}, {"size", 1000000010}, {"sizehint", 999999999}, {"smsl", 999999999},
    {"sorted", 1000000014}, {"source", 1000000032}, {"source_bytes", 999999999},
    {"source_bytes_readline", 999999999}, {"source_from_cache", 1000000004},
    {"source_hash", 1000000004}, {"source_mtime", 999999999}, // varies: "source_hash"
    {"source_path", 999999999}, {"source_size", 999999999}, {"source_to_code", 1000000001},
    {"span", 1000000001}, {"spath", 999999999}, {"spawnl", 1000000003}, {"spawnle", 1000000003},
    {"spawnlp", 1000000003}, {"spawnlpe", 1000000003}, {"spawnv", 1000000003}, {"spawnve", 1000000003},
    {"spawnvp", 1000000003}, {"spawnvpe", 1000000003}, {"spec", 1000000018},
    {"spec_from_file_location", 1000000004}, {"spec_from_loader", 1000000005}, // varies: "spec_from_loader"
    {"split", 1000000059}, {"split_paths", 999999999}, {"splitdrive", 1000000009}, {"splitext", 1000000008},
    {"splitlines", 1000000015}, {"sr", 999999999}, {"srw", 999999999}, {"st", 1000000007},
    {"st_atime", 1000000001}, {"st_ctime", 1000000001}, {"st_dev", 1000000002}, {"st_ino", 1000000002},
    {"st_mode", 1000000016}, {"st_mtime", 1000000004}, {"st_size", 1000000005}, {"stacklevel", 1000000011},
    {"start", 1000000042}, {"start_abs", 999999999}, {"start_drive", 999999999}, {"start_list", 999999999},
    {"start_offset", 999999999}, {"start_rest", 999999999}, {"startswith", 1000000030}, {"stat", 1000000043},
    {"stat_info", 999999999}, {"state", 1000000020}, {"staticmethod", 1000000003}, {"statvfs", 1000000003},
    {"stderr", 1000000014}, {"stdin", 1000000000}, {"stdout", 1000000008}, {"stop", 1000000004},
    {"str", 1000000085}, {"str_iterator", 1000000000}, {"stream", 1000000000}, // varies: "str"
    {"streamreader", 1000000002}, {"streamwriter", 1000000002}, {"strict", 1000000018},
    {"strict_errors", 1000000001}, {"string", 1000000022}, {"strip", 1000000016},
    {"stripped_path", 999999999}, {"sts", 999999999}, {"subclass", 999999999},
    {"submodule_search_locations", 1000000005}, // varies: "submodule_search_locations"
    {"subprocess", 999999999}, {"suffix", 1000000027}, {"suffixes", 1000000008}, {"sum", 1000000003},
    {"super", 1000000052}, {"supported_loaders", 999999999}, {"supports_bytes_environ", 1000000001},
    {"supports_dir_fd", 1000000001}, {"supports_effective_ids", 1000000000},
    {"supports_fd", 1000000000}, {"supports_follow_symlinks", 1000000002}, // varies: "supports_fd"
    {"supports_unicode_filenames", 1000000003}, {"surrogateescape", 1000000000},
    {"symlink", 1000000008}, {"sys", 1000000114}, {"sys_module", 999999999}, // varies: "symlink"
    {"sys_version", 999999999}, {"system_site", 999999999}, {"t", 1000000018}, {"t1", 1000000000},
    {"t2", 999999999}, {"t_args", 999999999}, {"t_result", 999999999}, {"table", 1000000001},
    {"tag", 1000000003}, {"tail", 1000000008}, {"tail_module", 999999999}, {"tail_name", 999999999},
    {"target", 1000000021}, {"target_user", 999999999}, {"tb", 1000000006},
    {"tell", 1000000065}, {"temp_module", 999999999}, {"text", 1000000019}, // varies: "tell"
    {"text_encoding", 1000000011}, {"textwrap", 999999999}, {"throw", 1000000022}, {"tid", 999999999},
    {"tilde", 999999999}, {"time", 1000000035}, {"to_bytes", 1000000011}, // varies: "to_bytes"
    {"toc_entry", 999999999}, {"tokenize", 1000000000}, {"top", 999999999}, {"topdown", 999999999},
    {"topfd", 1000000000}, {"toppath", 999999999}, {"traceback", 1000000007}, {"translate", 1000000021},
    {"true", 999999999}, {"truncate", 1000000027}, {"tuple", 1000000058}, {"tuple_iterator", 1000000000},
    {"typ", 1000000006}, {"type", 1000000091}, {"types", 1000000065}, {"typing", 1000000312},
    {"unc_prefix", 999999999}, {"uncompressed_size", 999999999}, {"unknown", 1000000003},
    {"unlink", 1000000015}, {"unsetenv", 1000000003}, {"update", 1000000053}, // varies: "update"
    {"update_abstractmethods", 1000000002}, {"upper", 1000000015}, {"user_base", 999999999},
    {"user_site", 999999999}, {"userbase", 999999999}, {"usercustomize", 999999999}, {"userhome", 999999999},
    {"util", 1000000002}, {"utime", 1000000005}, {"v", 1000000015}, {"val", 1000000006}, // varies: "util"
    {"value", 1000000125}, {"values", 1000000038}, {"var", 1000000001}, // varies: "value"
    {"varchars", 999999999}, {"vars", 1000000003}, {"venv", 1000000002}, {"ver_nodot", 999999999},
    {"verbose", 1000000007}, {"verbosity", 1000000000}, {"version", 1000000023}, {"version_info", 1000000003},
    {"virtual_conf", 999999999}, {"vxworks", 999999999}, {"w", 1000000017}, {"wait", 1000000017},
    {"waiters", 1000000001}, {"waitpid", 1000000003}, // varies: "waitpid"
    {"waitstatus_to_exitcode", 1000000002}, {"wakeup", 1000000001}, // varies: "waitstatus_to_exitcode"
    {"walk", 1000000010}, {"walk_dirs", 999999999}, {"walk_into", 999999999},
    {"warn", 1000000045}, {"warnings", 1000000107}, {"wasi", 999999999}, {"wb", 1000000007}, // varies: "warn"
    {"whence", 1000000006}, {"where", 1000000006}, {"why", 1000000001}, {"win", 1000000000},
    {"win32", 1000000001}, {"winerror", 1000000003}, {"winreg", 999999999}, {"winver", 999999999},
    {"with_traceback", 1000000001}, {"wpid", 999999999}, {"wraps", 1000000013}, {"write", 1000000138},
    {"write_history", 999999999}, {"write_history_file", 999999999}, {"writelines", 1000000020},
    {"writer", 999999999}, {"x", 1000000046}, {"xmlcharrefreplace", 1000000000},
    {"xmlcharrefreplace_errors", 1000000001}, {"y", 1000000000}, {"zip", 1000000016},
    {"zip_iterator", 1000000000}, {"zipimporter", 1000000004}, {"zlib", 1000000015},
};

// The builtins and sys modules' functions (heap objects), by module and name; `// varies` as above.
struct FunctionCount { const char* module; const char* name; std::int64_t refcnt; };
inline constexpr FunctionCount kModuleFunctions[] = {
    {"builtins", "__build_class__", 3}, {"builtins", "__import__", 4}, {"builtins", "abs", 4},
    {"builtins", "aiter", 3}, {"builtins", "all", 3}, {"builtins", "anext", 3}, {"builtins", "any", 3},
    {"builtins", "ascii", 3}, {"builtins", "bin", 3}, {"builtins", "breakpoint", 3},
    {"builtins", "callable", 3}, {"builtins", "chr", 3}, {"builtins", "compile", 3},
    {"builtins", "delattr", 3}, {"builtins", "dir", 3}, {"builtins", "divmod", 3}, {"builtins", "eval", 3},
    {"builtins", "exec", 4}, {"builtins", "format", 3}, {"builtins", "getattr", 7},
    {"builtins", "globals", 3}, {"builtins", "hasattr", 3}, {"builtins", "hash", 4}, {"builtins", "hex", 4},
    {"builtins", "id", 3}, {"builtins", "input", 3}, {"builtins", "isinstance", 3},
    {"builtins", "issubclass", 3}, {"builtins", "iter", 3}, {"builtins", "len", 9}, {"builtins", "locals", 3},
    {"builtins", "max", 3}, {"builtins", "min", 3}, {"builtins", "next", 3}, {"builtins", "oct", 3},
    {"builtins", "open", 4}, {"builtins", "ord", 3}, {"builtins", "pow", 3}, {"builtins", "print", 4},
    {"builtins", "repr", 4}, {"builtins", "round", 3}, {"builtins", "setattr", 3}, {"builtins", "sorted", 3},
    {"builtins", "sum", 3}, {"builtins", "vars", 3}, {"sys", "__breakpointhook__", 4},
    {"sys", "__displayhook__", 4}, {"sys", "__excepthook__", 5}, {"sys", "__unraisablehook__", 4},
    {"sys", "_clear_type_cache", 2}, {"sys", "_current_exceptions", 2}, {"sys", "_current_frames", 2},
    {"sys", "_debugmallocstats", 2}, {"sys", "_getframe", 2}, {"sys", "_getquickenedcount", 2},
    {"sys", "addaudithook", 2}, {"sys", "audit", 2}, {"sys", "breakpointhook", 4}, {"sys", "call_tracing", 2},
    {"sys", "displayhook", 4}, {"sys", "exc_info", 3}, {"sys", "excepthook", 5}, {"sys", "exception", 2},
    {"sys", "exit", 2}, {"sys", "get_asyncgen_hooks", 2}, {"sys", "get_coroutine_origin_tracking_depth", 2},
    {"sys", "get_int_max_str_digits", 2}, {"sys", "getallocatedblocks", 2}, {"sys", "getdefaultencoding", 2},
    {"sys", "getdlopenflags", 2}, {"sys", "getfilesystemencodeerrors", 2},
    {"sys", "getfilesystemencoding", 2}, {"sys", "getprofile", 2}, {"sys", "getrecursionlimit", 2},
    {"sys", "getrefcount", 2}, {"sys", "getsizeof", 2}, {"sys", "getswitchinterval", 2},
    {"sys", "gettrace", 2}, {"sys", "intern", 2}, {"sys", "is_finalizing", 2},
    {"sys", "set_asyncgen_hooks", 2}, {"sys", "set_coroutine_origin_tracking_depth", 2},
    {"sys", "set_int_max_str_digits", 2}, {"sys", "setdlopenflags", 2}, {"sys", "setprofile", 2},
    {"sys", "setrecursionlimit", 2}, {"sys", "setswitchinterval", 2}, {"sys", "settrace", 2},
    {"sys", "unraisablehook", 4},
};

} // namespace hs::static_refcounts
