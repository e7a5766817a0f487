# Turns the bank directory CSV into a C++ source file, so the library carries
# the list without reading files at run time. Run with -DIN=csv -DOUT=cpp.
file(READ "${IN}" csv)
file(WRITE "${OUT}" "// Generated from banks.csv by cmake/embed_banks.cmake. Do not edit.\n"
  "#include <string_view>\nnamespace qrdiag::banks {\n"
  "extern const std::string_view kBuiltinBanksCsv = R\"qrdiagcsv(${csv})qrdiagcsv\";\n}\n")
