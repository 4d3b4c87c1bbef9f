# core/training: training sessions with attendance and assessment scores, and each member's
# personal development plan. Included from core/CMakeLists.txt.
target_sources(frontline_core PRIVATE
    training/DevelopmentPlans.cpp training/DevelopmentPlans.h
    training/TrainingRepository.cpp training/TrainingRepository.h
)
