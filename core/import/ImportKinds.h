// The kinds of records the importer knows, one factory each (see ImportKind::create()).
#pragma once

#include <memory>

namespace frontline {

class ImportKind;

std::unique_ptr<ImportKind> createCustomerKind();
std::unique_ptr<ImportKind> createOrderKind();
std::unique_ptr<ImportKind> createOpportunityKind();
std::unique_ptr<ImportKind> createProductKind();
std::unique_ptr<ImportKind> createMemberKind();
std::unique_ptr<ImportKind> createActivityKind();
std::unique_ptr<ImportKind> createTargetKind();
std::unique_ptr<ImportKind> createPaymentKind();

} // namespace frontline
