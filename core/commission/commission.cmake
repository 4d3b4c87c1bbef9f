# core/commission: commission plans, adjustments, statements and the simulation. Included from
# core/CMakeLists.txt.
target_sources(frontline_core PRIVATE
    commission/CommissionCalculator.cpp commission/CommissionCalculator.h
    commission/CommissionPlan.cpp commission/CommissionPlan.h
    commission/CommissionRepository.cpp commission/CommissionRepository.h
    commission/Commissions.cpp commission/Commissions.h
)
