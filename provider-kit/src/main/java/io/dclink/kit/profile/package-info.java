/** Reading the profile files of the clouds' own command-line tools, the last link of the credentials chain. */
package io.dclink.kit.profile;
