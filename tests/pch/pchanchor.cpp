// The one source of the targets that build the tests' shared precompiled headers
// (tests/CMakeLists.txt, ttnmig_use_test_pch); it holds no code of its own.
