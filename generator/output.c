/*
 * output.c: atomic, durable replacement of output files; the output
 * folder's lock; safe file names.
 */
#include "output.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#define TEMP_MARK ".tmp-"

static void
set_errno_error(GError **err, int e, const char *what, const char *path)
{
	g_set_error(err, G_FILE_ERROR, g_file_error_from_errno(e), "%s %s: %s", what, path,
	    g_strerror(e));
}

/* The permissions a new file gets from the umask, as open(…, 0666)
 * would give; mkstemp makes 0600. */
static mode_t
file_mode(void)
{
	static mode_t mode = (mode_t)-1;

	if (mode == (mode_t)-1) {
		mode_t mask = umask(0);
		umask(mask);
		mode = 0666 & ~mask;
	}
	return mode;
}

static bool
write_all(int fd, const char *p, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, p, len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return false;
		}
		p += n;
		len -= (size_t)n;
	}
	return true;
}

/* The folder's entry of a renamed file reaches the disk only when the
 * folder itself is flushed. */
void
output_sync_dir(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
}

bool
output_write(const char *path, const void *data, size_t len, GError **err)
{
	char *dir = g_path_get_dirname(path);
	char *base = g_path_get_basename(path);
	char *tmpname = g_strconcat(".", base, TEMP_MARK "XXXXXX", NULL);
	char *tmp = g_build_filename(dir, tmpname, NULL);
	bool ok = false;
	int fd = g_mkstemp_full(tmp, O_WRONLY | O_CLOEXEC, 0600);

	if (fd < 0) {
		set_errno_error(err, errno, _("cannot create a file in"), dir);
		goto out;
	}
	if (!write_all(fd, data, len) || fchmod(fd, file_mode()) != 0 || fsync(fd) != 0) {
		int e = errno;
		close(fd);
		g_unlink(tmp);
		set_errno_error(err, e, _("cannot write"), path);
		goto out;
	}
	if (close(fd) != 0) {
		int e = errno;
		g_unlink(tmp);
		set_errno_error(err, e, _("cannot write"), path);
		goto out;
	}
	if (g_rename(tmp, path) != 0) {
		int e = errno;
		g_unlink(tmp);
		set_errno_error(err, e, _("cannot replace"), path);
		goto out;
	}
	output_sync_dir(dir);
	ok = true;
out:
	g_free(dir);
	g_free(base);
	g_free(tmpname);
	g_free(tmp);
	return ok;
}

bool
output_mkdir(const char *path, GError **err)
{
	if (g_mkdir_with_parents(path, 0777) != 0) {
		set_errno_error(err, errno, _("cannot create the folder"), path);
		return false;
	}
	return true;
}

/* .NAME.tmp-XXXXXX: what output_write names its temporary files. */
static bool
is_temp_name(const char *name)
{
	size_t len = strlen(name), mark = strlen(TEMP_MARK);

	if (name[0] != '.' || len < 1 + 1 + mark + 6)
		return false;
	return strncmp(name + len - 6 - mark, TEMP_MARK, mark) == 0;
}

unsigned
output_sweep(const char *dir)
{
	GDir *d = g_dir_open(dir, 0, NULL);
	const char *name;
	unsigned n = 0;

	if (d == NULL)
		return 0;
	while ((name = g_dir_read_name(d)) != NULL) {
		char *path = g_build_filename(dir, name, NULL);
		GStatBuf st;
		if (g_lstat(path, &st) == 0) {
			if (S_ISDIR(st.st_mode))
				n += output_sweep(path);
			else if (S_ISREG(st.st_mode) && is_temp_name(name) && g_unlink(path) == 0)
				n++;
		}
		g_free(path);
	}
	g_dir_close(d);
	return n;
}

int
output_lock(const char *dir, GError **err)
{
	char *path = g_build_filename(dir, ".dubao-lock", NULL);
	int fd = output_lock_file(path, dir, err);

	g_free(path);
	return fd;
}

int
output_lock_file(const char *path, const char *what, GError **err)
{
	int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0666);

	if (fd < 0) {
		set_errno_error(err, errno, _("cannot create the lock file"), path);
		return -1;
	}
	if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
		int e = errno;
		char buf[32] = "";
		ssize_t n = pread(fd, buf, sizeof buf - 1, 0);
		buf[n > 0 ? n : 0] = '\0';
		g_strchomp(buf);
		if (e == EWOULDBLOCK)
			g_set_error(err, G_FILE_ERROR, G_FILE_ERROR_EXIST,
			    _("another dubao (process %s) is writing to %s; try again when it "
			    "has finished"), *buf != '\0' ? buf : "?", what);
		else
			set_errno_error(err, e, _("cannot lock"), path);
		close(fd);
		return -1;
	}
	/* Who holds it, for the message above; a stale number is harmless,
	 * the lock itself dies with its holder. */
	char pid[32];
	int len = g_snprintf(pid, sizeof pid, "%ld\n", (long)getpid());
	if (ftruncate(fd, 0) == 0 && pwrite(fd, pid, (size_t)len, 0) < 0) {
		/* The number is only informative. */
	}
	return fd;
}

char *
output_safe_name(const char *text)
{
	GString *s = g_string_new(NULL);
	const char *p = text;

	while (*p == '.' || *p == ' ')
		p++;
	while (*p != '\0') {
		gunichar c = g_utf8_get_char_validated(p, -1);
		const char *next;
		if (c == (gunichar)-1 || c == (gunichar)-2) {
			c = '_';
			next = p + 1;
		} else
			next = g_utf8_next_char(p);
		if (c == '/' || c == '\\' || g_unichar_iscntrl(c) || c == 0x2028 || c == 0x2029)
			c = '_';
		char buf[6];
		int n = g_unichar_to_utf8(c, buf);
		if (s->len + (size_t)n > 120)
			break;
		g_string_append_len(s, buf, n);
		p = next;
	}
	if (s->len == 0)
		g_string_append_c(s, '_');
	return g_string_free(s, FALSE);
}

bool
output_remove_tree(const char *path)
{
	GStatBuf st;
	bool ok = true;

	if (g_lstat(path, &st) != 0)
		return errno == ENOENT;
	if (S_ISDIR(st.st_mode)) {
		GDir *d = g_dir_open(path, 0, NULL);
		const char *name;
		while (d != NULL && (name = g_dir_read_name(d)) != NULL) {
			char *child = g_build_filename(path, name, NULL);
			ok = output_remove_tree(child) && ok;
			g_free(child);
		}
		if (d != NULL)
			g_dir_close(d);
		return g_rmdir(path) == 0 && ok;
	}
	return g_unlink(path) == 0;
}

void
output_sync_dirs(const char *dir)
{
	GDir *d = g_dir_open(dir, 0, NULL);
	const char *name;

	while (d != NULL && (name = g_dir_read_name(d)) != NULL) {
		char *child = g_build_filename(dir, name, NULL);
		if (g_file_test(child, G_FILE_TEST_IS_DIR) &&
		    !g_file_test(child, G_FILE_TEST_IS_SYMLINK))
			output_sync_dirs(child);
		g_free(child);
	}
	if (d != NULL)
		g_dir_close(d);
	output_sync_dir(dir);
}
