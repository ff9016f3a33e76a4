/* bench_core.c - placeholder while the benchmark is being written. */
int main(void)
{
	return 0;
}
