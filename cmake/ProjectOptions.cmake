# Warnings and sanitizers shared by every target of the project.
# -Wnull-dereference is left out: with GCC 12 at -O2 it flags QPointer and nlohmann::json
# accessors that cannot be null, so it would only be noise in optimised builds.
add_library(lcdesk_options INTERFACE)
target_compile_options(lcdesk_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wimplicit-fallthrough)
if(LCDESK_WERROR)
    target_compile_options(lcdesk_options INTERFACE -Werror)
endif()
target_compile_definitions(lcdesk_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_USE_QSTRINGBUILDER
    LCDESK_VERSION="${PROJECT_VERSION}")
if(LCDESK_SANITIZE)
    target_compile_options(lcdesk_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(lcdesk_options INTERFACE -fsanitize=address,undefined)
endif()
