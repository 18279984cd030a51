# Translations. Every translations/lcdesk_<lang>.ts is compiled with lrelease at build time and
# embedded under :/i18n (lcdesk_add_translations), so the binary needs no files beside it.
# The lcdesk_lupdate target (not part of the default build) refreshes the .ts files from the
# sources: all strings for a translation, only the "%n" plural forms for English.
find_program(LCDESK_LUPDATE NAMES lupdate lupdate-qt6
    HINTS ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS} /usr/lib/qt6/bin REQUIRED)
find_program(LCDESK_LRELEASE NAMES lrelease lrelease-qt6
    HINTS ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS} /usr/lib/qt6/bin REQUIRED)
find_package(Python3 COMPONENTS Interpreter)

# The folders whose tr() strings ship; the i18n tests scan the same list.
set(LCDESK_TRANSLATED_DIRS core models ui app CACHE INTERNAL "")
file(GLOB LCDESK_TS_FILES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/translations/lcdesk_*.ts)

function(lcdesk_add_translations target)
    set(qm_dir ${CMAKE_CURRENT_BINARY_DIR}/i18n)
    set(qm_files)
    foreach(ts ${LCDESK_TS_FILES})
        get_filename_component(name ${ts} NAME_WE)
        set(qm ${qm_dir}/${name}.qm)
        # -nounfinished: a draft translation is never shown; its English source is.
        add_custom_command(OUTPUT ${qm}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${qm_dir}
            COMMAND ${LCDESK_LRELEASE} -silent -nounfinished ${ts} -qm ${qm}
            DEPENDS ${ts}
            COMMENT "Compiling translations/${name}.ts")
        list(APPEND qm_files ${qm})
    endforeach()
    qt_add_resources(${target} "lcdesk_translations" PREFIX "/i18n" BASE ${qm_dir}
        FILES ${qm_files})
endfunction()

set(lupdate_sources)
foreach(dir ${LCDESK_TRANSLATED_DIRS})
    list(APPEND lupdate_sources -I ${dir})
endforeach()
list(APPEND lupdate_sources ${LCDESK_TRANSLATED_DIRS})
set(lupdate_commands)
foreach(ts ${LCDESK_TS_FILES})
    get_filename_component(name ${ts} NAME_WE)
    if(name STREQUAL "lcdesk_en")
        list(APPEND lupdate_commands COMMAND ${LCDESK_LUPDATE} -silent -pluralonly -no-obsolete
            ${lupdate_sources} -ts ${ts})
        if(Python3_Interpreter_FOUND)
            list(APPEND lupdate_commands COMMAND Python3::Interpreter
                ${PROJECT_SOURCE_DIR}/scripts/fill-english-plurals.py ${ts})
        endif()
    else()
        list(APPEND lupdate_commands COMMAND ${LCDESK_LUPDATE} -silent -no-obsolete
            -locations relative ${lupdate_sources} -ts ${ts})
    endif()
endforeach()
add_custom_target(lcdesk_lupdate ${lupdate_commands}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "Refreshing translations/*.ts from the sources (then translate what is unfinished)"
    VERBATIM)
