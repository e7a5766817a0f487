// PLACEHOLDER until the CLI lands.
#include <iostream>
#include "qrdiag/diagnose.h"
int main(int argc, char** argv)
{
    if (argc < 3) return 2;
    std::string cmd = argv[1];
    auto d = cmd == "payload" ? qrdiag::diagnose_payload(argv[2]) : qrdiag::diagnose_file(argv[2]);
    std::cout << qrdiag::to_json(d) << "\n";
    return d.verdict == qrdiag::Verdict::Fail ? 1 : 0;
}
