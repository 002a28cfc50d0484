"""Arabic literacy courses: courses, enrolments, lessons and the register grid."""
