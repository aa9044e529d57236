/*
 * batch_run.c: the worker processes of a batch.
 *
 * Each report is made in a child forked from the batch (no exec): it
 * starts with the inputs already read and checked and the fonts already
 * loaded, and a report that crashes or runs out of memory takes no other
 * with it.  The child writes its files itself (atomically, output.h),
 * its messages to a memory file the parent reads when it exits, and the
 * list of what it wrote to another.  The parent only starts, waits,
 * records and logs.
 *
 * The children share the open lock of the output folder: a batch killed
 * with SIGKILL keeps the folder locked until its children have finished
 * their reports, so a new run never sweeps a temporary file that one of
 * them is still writing.
 */
#define _GNU_SOURCE
#include "batch_run.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "cli.h"
#include "fonts.h"
#include "output.h"
#include "render.h"
#include "report.h"

struct running {
	pid_t pid;
	struct batch_report *r;
	int err_fd, res_fd;
	gint64 start;
};

static volatile sig_atomic_t stop_signal;

static void
on_stop(int sig)
{
	stop_signal = sig;
}

/* A file in memory for a child to write to and the parent to read. */
static int
scratch_fd(void)
{
	int fd = memfd_create("dubao-batch", MFD_CLOEXEC);

	if (fd < 0) {
		FILE *fp = tmpfile();
		if (fp == NULL)
			return -1;
		fd = dup(fileno(fp));
		fclose(fp);
	}
	return fd;
}

static char *
read_fd(int fd)
{
	GString *s = g_string_new(NULL);
	char buf[8192];
	ssize_t n;
	off_t off = 0;

	while ((n = pread(fd, buf, sizeof buf, off)) > 0 || (n < 0 && errno == EINTR))
		if (n > 0) {
			g_string_append_len(s, buf, n);
			off += n;
		}
	return g_string_free(s, FALSE);
}

/* The lead units of the model, in its order. */
static GPtrArray *
model_units(xmlDocPtr model)
{
	GPtrArray *names = g_ptr_array_new_with_free_func(xmlFree);

	for (xmlNodePtr n = xmlDocGetRootElement(model)->children; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE || !xmlStrEqual(n->name, BAD_CAST "units"))
			continue;
		for (xmlNodePtr u = n->children; u != NULL; u = u->next)
			if (u->type == XML_ELEMENT_NODE && xmlStrEqual(u->name, BAD_CAST "unit")) {
				xmlChar *name = xmlGetProp(u, BAD_CAST "name");
				if (name != NULL)
					g_ptr_array_add(names, name);
			}
	}
	return names;
}

/* The unit sheets, units/NN-UNIT.pdf; their count, or -1 on failure. */
static int
build_unit_sheets(xmlDocPtr model, const struct batch_opts *o, const char *dir,
    struct render_result *res)
{
	GPtrArray *units = model_units(model);
	char *udir = g_build_filename(dir, "units", NULL);
	GError *err = NULL;
	int built = 0, width = units->len >= 100 ? 3 : 2;

	if (units->len > 0 && !output_mkdir(udir, &err)) {
		cli_error("%s", err->message);
		g_error_free(err);
		built = -1;
	}
	for (guint i = 0; built >= 0 && i < units->len; i++) {
		const char *unit = g_ptr_array_index(units, i);
		GPtrArray *params = g_ptr_array_new();
		for (int k = 0; o->params != NULL && o->params[k] != NULL; k++)
			g_ptr_array_add(params, (gpointer)o->params[k]);
		g_ptr_array_add(params, (gpointer)"unit");
		g_ptr_array_add(params, (gpointer)unit);
		g_ptr_array_add(params, NULL);
		char *safe = output_safe_name(unit);
		char *name = g_strdup_printf("%0*u-%s.pdf", width, i + 1, safe);
		char *path = g_build_filename(udir, name, NULL);
		struct render_opts ro = {
			.template = o->unit_template,
			.params = (const char *const *)params->pdata,
			.output = path,
			.pdfa = o->pdfa,
		};
		unsigned charts = res->charts;
		if (render_report(model, &ro, res) == EXIT_OK)
			built++;
		else
			built = -1;
		res->charts = charts;
		g_free(path);
		g_free(name);
		g_free(safe);
		g_ptr_array_unref(params);
	}
	g_free(udir);
	g_ptr_array_unref(units);
	return built;
}

/* The child's work: the report's files, and what it wrote listed in
 * out.  Returns the exit status. */
static int
build_report(const struct batch_report *r, const struct batch_opts *o, FILE *out)
{
	struct inputs in = {.plan = r->folder->ia->in->plan, .progress = r->uses};
	char *dir = g_build_filename(o->outdir, r->reldir, NULL);
	char *pdf = g_build_filename(dir, "bulletin.pdf", NULL);
	char *charts = g_build_filename(dir, "charts", NULL);
	GPtrArray *written = g_ptr_array_new_with_free_func(g_free);
	struct render_result res = {.written = written};
	GError *err = NULL;
	xmlDocPtr model = NULL;
	int rc;

	if (!output_mkdir(dir, &err)) {
		cli_error("%s", err->message);
		g_error_free(err);
		rc = EXIT_USAGE;
		goto out;
	}
	model = report_model(&in, o->th);
	struct render_opts ro = {
		.template = o->template,
		.params = o->params,
		.output = pdf,
		.charts = charts,
		.pdfa = o->pdfa,
	};
	rc = render_report(model, &ro, &res);
	fprintf(out, "pages %u\ncharts %u\n", res.pages, res.charts);
	if (rc == EXIT_OK && o->units) {
		int units = build_unit_sheets(model, o, dir, &res);
		if (units < 0)
			rc = EXIT_INPUT;
		else
			fprintf(out, "units %d\n", units);
	}
	size_t skip = strlen(dir) + 1;
	for (guint i = 0; i < written->len; i++)
		fprintf(out, "file %s\n", (const char *)g_ptr_array_index(written, i) + skip);
out:
	xmlFreeDoc(model);
	g_ptr_array_unref(written);
	g_free(charts);
	g_free(pdf);
	g_free(dir);
	return rc;
}

static bool
start(struct running *run, struct batch_report *r, const struct batch_opts *o)
{
	run->r = r;
	run->err_fd = scratch_fd();
	run->res_fd = scratch_fd();
	run->start = g_get_monotonic_time();
	if (run->err_fd < 0 || run->res_fd < 0)
		goto fail;
	fflush(NULL);
	run->pid = fork();
	if (run->pid < 0)
		goto fail;
	if (run->pid == 0) {
		/* The batch decides when to stop; a report, once begun, is
		 * finished. */
		signal(SIGINT, SIG_IGN);
		signal(SIGTERM, SIG_IGN);
		int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
		if (null >= 0)
			dup2(null, STDOUT_FILENO);
		dup2(run->err_fd, STDERR_FILENO);
		FILE *out = fdopen(run->res_fd, "w");
		int rc = out != NULL ? build_report(r, o, out) : EXIT_USAGE;
		if (out != NULL)
			fclose(out);
		fflush(NULL);
		_exit(rc);
	}
	return true;
fail:
	g_string_append_printf(r->why, _("%s: error: cannot start a process for it: %s\n"),
	    r->name, g_strerror(errno));
	if (run->err_fd >= 0)
		close(run->err_fd);
	if (run->res_fd >= 0)
		close(run->res_fd);
	r->state = REPORT_FAILED;
	r->status = EXIT_USAGE;
	return false;
}

/* What the child said it did. */
static void
read_result(struct batch_report *r, const char *text)
{
	char **lines = g_strsplit(text, "\n", -1);

	for (char **l = lines; *l != NULL; l++) {
		if (g_str_has_prefix(*l, "file "))
			g_ptr_array_add(r->outputs, g_strdup(*l + 5));
		else if (g_str_has_prefix(*l, "pages "))
			r->pages = (unsigned)g_ascii_strtoull(*l + 6, NULL, 10);
		else if (g_str_has_prefix(*l, "charts "))
			r->charts = (unsigned)g_ascii_strtoull(*l + 7, NULL, 10);
		else if (g_str_has_prefix(*l, "units "))
			r->units = (unsigned)g_ascii_strtoull(*l + 6, NULL, 10);
	}
	g_strfreev(lines);
}

static void
finish(struct running *run, int status)
{
	struct batch_report *r = run->r;
	char *messages = read_fd(run->err_fd);
	char *result = read_fd(run->res_fd);

	close(run->err_fd);
	close(run->res_fd);
	read_result(r, result);
	if (WIFEXITED(status) && WEXITSTATUS(status) == EXIT_OK) {
		r->state = REPORT_BUILT;
		g_string_append(r->why, messages);
	} else {
		if (*messages != '\0')
			g_string_append_printf(r->why, _("%s: not made:\n%s"), r->name, messages);
		r->state = REPORT_FAILED;
		r->status = WIFEXITED(status) && WEXITSTATUS(status) == EXIT_INPUT ? EXIT_INPUT :
		    EXIT_USAGE;
		if (WIFSIGNALED(status))
			g_string_append_printf(r->why, _("%s: error: the process making it was "
			    "killed by signal %d (%s)\n"), r->name, WTERMSIG(status),
			    strsignal(WTERMSIG(status)));
		else if (*messages == '\0')
			g_string_append_printf(r->why, _("%s: error: not made (exit status %d)\n"),
			    r->name, WEXITSTATUS(status));
	}
	g_free(messages);
	g_free(result);
}

static guint
thread_count(void)
{
	GDir *d = g_dir_open("/proc/self/task", 0, NULL);
	guint n = 0;

	if (d == NULL)
		return 1;
	while (g_dir_read_name(d) != NULL)
		n++;
	g_dir_close(d);
	return n;
}

/* A child gets only the thread that forks it, and whatever locks the
 * others held stay locked in it.  pango starts a short-lived thread to
 * set up fontconfig when the fonts are loaded: wait (up to a second)
 * for it to end before the first fork. */
static void
settle_threads(void)
{
	for (int i = 0; i < 200 && thread_count() > 1; i++)
		g_usleep(5000);
}

int
batch_run(GPtrArray *reports, const struct batch_opts *o, batch_start_fn started,
    batch_done_fn done, void *data)
{
	struct sigaction sa, old_int, old_term;
	int jobs = CLAMP(o->jobs, 1, 512);
	/* On the stack, not the heap: a child ends with _exit inside this
	 * function, and must not count it as memory it lost. */
	struct running run[jobs];
	int nrun = 0;
	guint next = 0;

	stop_signal = 0;
	settle_threads();
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_stop;
	sigemptyset(&sa.sa_mask);
	/* No SA_RESTART: waitpid must return to look at the flag. */
	sigaction(SIGINT, &sa, &old_int);
	sigaction(SIGTERM, &sa, &old_term);

	for (;;) {
		while (!stop_signal && nrun < jobs && next < reports->len) {
			struct batch_report *r = g_ptr_array_index(reports, next++);
			if (r->state != REPORT_TO_BUILD)
				continue;
			if (started != NULL)
				started(r, data);
			if (start(&run[nrun], r, o))
				nrun++;
			else if (done != NULL)
				done(r, 0, data);
		}
		if (nrun == 0)
			break;
		int status;
		pid_t pid = waitpid(-1, &status, 0);
		if (pid < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		for (int i = 0; i < nrun; i++) {
			if (run[i].pid != pid)
				continue;
			struct running done_run = run[i];
			run[i] = run[--nrun];
			finish(&done_run, status);
			if (done != NULL)
				done(done_run.r, (double)(g_get_monotonic_time() - done_run.start) / 1e6,
				    data);
			break;
		}
	}
	for (guint i = next; i < reports->len; i++) {
		struct batch_report *r = g_ptr_array_index(reports, i);
		if (r->state == REPORT_TO_BUILD)
			r->state = REPORT_SKIPPED;
	}
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGTERM, &old_term, NULL);

	return stop_signal;
}
