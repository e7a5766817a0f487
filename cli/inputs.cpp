#include "inputs.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <string_view>

namespace qrdiag::cli {
namespace fs = std::filesystem;

namespace {

// The formats the loader reads (PNG, JPEG, BMP, TIFF, WebP); GIF is listed so the loader can refuse it
// by name rather than the walk silently skipping it.
constexpr std::array<std::string_view, 10> kImageExtensions{".png", ".jpg", ".jpeg", ".jpe", ".bmp",
                                                            ".tif", ".tiff", ".webp", ".gif", ".jfif"};

std::vector<std::string> images_under(const fs::path& directory)
{
    std::vector<std::string> found;
    std::error_code ec;
    fs::recursive_directory_iterator walk(directory, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && walk != fs::recursive_directory_iterator(); walk.increment(ec)) {
        std::error_code type_ec;
        if (walk->is_regular_file(type_ec) && has_image_extension(walk->path().string()))
            found.push_back(walk->path().string());
    }
    std::sort(found.begin(), found.end());
    return found;
}

void expand_one(const std::string& argument, std::vector<std::string>& out)
{
    std::error_code ec;
    if (!fs::is_directory(argument, ec)) {
        out.push_back(argument);
        return;
    }
    auto images = images_under(argument);
    if (images.empty()) out.push_back(argument);  // the loader says "directory holds no image files"
    out.insert(out.end(), images.begin(), images.end());
}

}  // namespace

bool has_image_extension(const std::string& path)
{
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return std::find(kImageExtensions.begin(), kImageExtensions.end(), ext) != kImageExtensions.end();
}

std::vector<std::string> expand_inputs(const std::vector<std::string>& arguments, std::istream& list)
{
    std::vector<std::string> out;
    for (const std::string& argument : arguments) {
        if (argument != "-") {
            expand_one(argument, out);
            continue;
        }
        std::string line;
        while (std::getline(list, line)) {
            if (!line.empty() && line.back() == '\r') line.pop_back();
            if (!line.empty()) expand_one(line, out);
        }
    }
    return out;
}

}  // namespace qrdiag::cli
