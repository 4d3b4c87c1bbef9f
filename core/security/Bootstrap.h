// Process hardening done first thing in every Frontline executable (after KeePassXC's
// Bootstrap): no core dumps that could carry a passphrase or decrypted pages to disk.
#pragma once

namespace frontline {

void hardenProcess();

} // namespace frontline
