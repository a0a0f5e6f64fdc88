# SPDX-FileCopyrightText: ContactBridge contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# What `cmake --install` puts on a Linux system besides the binaries (desktop entry, AppStream
# metainfo, icons, man pages, copyright, changelog), and the Debian package CPack builds from it
# (`./dev package`). Included last from the root CMakeLists.txt; the binaries' install() rules
# live next to their targets. The translations need nothing here: they are compiled into the
# app's resources (:/i18n).
include(GNUInstallDirs)

# One id for the .desktop file, the metainfo, the icon names and
# QGuiApplication::setDesktopFileName() in src/app/main.cpp.
set(CB_APP_ID io.contactbridge.ContactBridge)
set(CB_HOMEPAGE "https://contactbridge.io" CACHE STRING "Project web site, for the package and AppStream")
set(CB_BUGTRACKER "${CB_HOMEPAGE}/issues" CACHE STRING "Where users report bugs (AppStream)")
set(CB_SCREENSHOT_URL "${CB_HOMEPAGE}/screenshots" CACHE STRING
    "Web folder holding the images of docs/screenshots/ (AppStream)")
set(CB_PACKAGE_MAINTAINER "ContactBridge contributors <maintainers@contactbridge.io>" CACHE STRING
    "Maintainer field of the Debian package")

# The date of this version for AppStream and the changelog: the last commit's, which stays the
# same for every build of one commit. SOURCE_DATE_EPOCH wins, as string(TIMESTAMP) honours it.
if(NOT DEFINED ENV{SOURCE_DATE_EPOCH})
    find_package(Git QUIET)
endif()
if(GIT_FOUND)
    execute_process(COMMAND ${GIT_EXECUTABLE} log -1 --format=%cs%n%cD
                    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                    OUTPUT_VARIABLE cb_commit_dates OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    string(REPLACE "\n" ";" cb_commit_dates "${cb_commit_dates}")
endif()
list(LENGTH cb_commit_dates cb_date_count)
if(cb_date_count EQUAL 2)
    list(GET cb_commit_dates 0 CB_RELEASE_DATE)
    list(GET cb_commit_dates 1 CB_RELEASE_DATE_RFC2822)
else()
    string(TIMESTAMP CB_RELEASE_DATE "%Y-%m-%d" UTC)
    string(TIMESTAMP CB_RELEASE_DATE_RFC2822 "%a, %d %b %Y %H:%M:%S +0000" UTC)
endif()

set(cb_linux_dir ${PROJECT_SOURCE_DIR}/packaging/linux)
set(cb_gen_dir ${PROJECT_BINARY_DIR}/packaging)

# Desktop entry and AppStream metainfo.
configure_file(${cb_linux_dir}/${CB_APP_ID}.metainfo.xml.in ${cb_gen_dir}/${CB_APP_ID}.metainfo.xml
               @ONLY)
install(FILES ${cb_linux_dir}/${CB_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${cb_gen_dir}/${CB_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# Icons: the SVG is the source; the PNG sizes are rendered from it, so they never drift apart.
set(cb_icon_svg ${PROJECT_SOURCE_DIR}/resources/icons/${CB_APP_ID}.svg)
install(FILES ${cb_icon_svg} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
find_program(CB_RSVG_CONVERT rsvg-convert)
if(CB_RSVG_CONVERT)
    set(cb_icon_pngs)
    foreach(size 48 128 256)
        set(png ${cb_gen_dir}/icons/${size}x${size}/${CB_APP_ID}.png)
        add_custom_command(OUTPUT ${png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${cb_gen_dir}/icons/${size}x${size}
            COMMAND ${CB_RSVG_CONVERT} --width=${size} --height=${size} --output=${png} ${cb_icon_svg}
            DEPENDS ${cb_icon_svg}
            COMMENT "Rendering the ${size}x${size} application icon" VERBATIM)
        list(APPEND cb_icon_pngs ${png})
        install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
    add_custom_target(cb_icons ALL DEPENDS ${cb_icon_pngs})
else()
    # Building works without it; only an install (and so a package) would lack the PNGs.
    message(WARNING "rsvg-convert not found (package librsvg2-bin): cannot install the PNG icons")
    install(CODE "message(FATAL_ERROR \"rsvg-convert (librsvg2-bin) is needed to render the PNG icons; run ./dev setup\")")
endif()

# Man pages, compressed the way Debian policy asks (gzip -9n: best, no name or time stamp).
set(cb_man_gz)
foreach(page contactbridge contactbridge-cli contactbridge-sandbox)
    set(gz ${cb_gen_dir}/man/${page}.1.gz)
    add_custom_command(OUTPUT ${gz}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${cb_gen_dir}/man
        COMMAND ${CMAKE_COMMAND} -E copy ${PROJECT_SOURCE_DIR}/docs/man/${page}.1 ${cb_gen_dir}/man/${page}.1
        COMMAND gzip -9nf ${cb_gen_dir}/man/${page}.1
        DEPENDS ${PROJECT_SOURCE_DIR}/docs/man/${page}.1
        COMMENT "Compressing the ${page}(1) man page" VERBATIM)
    list(APPEND cb_man_gz ${gz})
endforeach()
add_custom_target(cb_man_pages ALL DEPENDS ${cb_man_gz})
install(FILES ${cb_man_gz} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# Debian wants the copyright and, for a package without a Debian revision, changelog.gz.
configure_file(${cb_linux_dir}/changelog.in ${cb_gen_dir}/changelog @ONLY)
add_custom_command(OUTPUT ${cb_gen_dir}/changelog.gz
    COMMAND gzip -9nkf ${cb_gen_dir}/changelog
    DEPENDS ${cb_gen_dir}/changelog
    COMMENT "Compressing the changelog" VERBATIM)
add_custom_target(cb_changelog ALL DEPENDS ${cb_gen_dir}/changelog.gz)
install(FILES ${cb_linux_dir}/copyright ${cb_gen_dir}/changelog.gz DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/contactbridge)

# The Debian package: contactbridge_<version>_<arch>.deb.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME contactbridge)
set(CPACK_PACKAGE_VENDOR "ContactBridge contributors")
set(CPACK_PACKAGE_CONTACT "${CB_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${CB_HOMEPAGE}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "sync GoHighLevel contacts to MailerLite Classic")
set(CPACK_PACKAGE_DESCRIPTION
    "ContactBridge keeps MailerLite Classic subscribers in step with GoHighLevel
contacts. It previews what a sync will create, update or unsubscribe and why,
then applies it in bulk requests paced to both services' rate limits. Failed
records are kept for retry, every run is recorded, and contacts who
unsubscribed are never subscribed again. Credentials are kept in the system
keychain.

The package holds the desktop application, contactbridge-cli for cron jobs
and systemd timers, and contactbridge-sandbox, local imitations of both APIs
for trying it out.")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# dpkg-shlibdeps (dpkg-dev) adds the linked libraries. It cannot see what is loaded at run
# time: QtKeychain dlopen()s libsecret, and Qt loads its SQLite driver and the window-system
# plugins as plugins.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6sql6-sqlite, qt6-qpa-plugins")
# libsecret talks to a Secret Service on the session bus; without one, secrets can only come
# from the environment variables. Qt's own translations cover its standard dialogs.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
include(CPack)
